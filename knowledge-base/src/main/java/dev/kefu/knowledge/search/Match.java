package dev.kefu.knowledge.search;

/**
 * One entry that matches a question, with the evidence for it.
 *
 * @param entryId the entry
 * @param score the fused score the ranking sorts by
 * @param cosine best cosine similarity between the question and one of the entry's
 * phrasings (0 when dense retrieval did not find it)
 * @param bm25 best BM25 score of one of the entry's phrasings (0 when lexical search did
 * not find it)
 * @param phrasing the phrasing that matched best
 */
public record Match(String entryId, double score, double cosine, double bm25, String phrasing) {
}
