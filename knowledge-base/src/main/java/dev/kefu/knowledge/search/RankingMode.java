package dev.kefu.knowledge.search;

/**
 * How matches are ranked. Production uses {@link #HYBRID}; the others exist to be
 * measured against it in the same run.
 */
public enum RankingMode {

	/** BM25 and dense vectors fused, synonyms applied: what the bot uses. */
	HYBRID,

	/** Dense vectors only. */
	DENSE,

	/** Plain BM25: same Lucene analysis, no vectors, no synonyms. The baseline. */
	BM25

}
