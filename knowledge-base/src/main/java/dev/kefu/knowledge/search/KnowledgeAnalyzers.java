package dev.kefu.knowledge.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.kefu.knowledge.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Text analysis for the index and for queries. Chinese goes through
 * SmartChineseAnalyzer's word segmentation (on Simplified text, see {@link QueryText});
 * English through the English analyzer (stop words, Porter stemming). Synonyms are
 * applied at query time only, so that ops can change them without re-indexing.
 */
public final class KnowledgeAnalyzers {

	private final Analyzer chinese = new SmartChineseAnalyzer(true);

	private final Analyzer english = new EnglishAnalyzer();

	private final Analyzer indexing = new PerFieldAnalyzerWrapper(this.english,
			Map.of(IndexFields.text(Language.ZH), this.chinese, IndexFields.text(Language.EN), this.english));

	private volatile Map<Language, Analyzer> queryAnalyzers = Map.of(Language.ZH, this.chinese, Language.EN,
			this.english);

	/**
	 * The analyzer the index writer uses, per field.
	 * @return the indexing analyzer
	 */
	public Analyzer indexing() {
		return this.indexing;
	}

	/**
	 * The analyzer for a query in the given language, synonyms included.
	 * @param language the query's language
	 * @return the analyzer
	 */
	public Analyzer query(Language language) {
		return this.queryAnalyzers.get(language);
	}

	/**
	 * The analyzer without synonyms, as a plain BM25 baseline uses.
	 * @param language the language
	 * @return the analyzer
	 */
	public Analyzer plain(Language language) {
		return (language == Language.ZH) ? this.chinese : this.english;
	}

	/**
	 * The words of a text as the index sees them, without synonyms (SmartChinese's
	 * segmentation for Chinese: "有学生优惠吗" is 有, 学生, 优惠, 吗).
	 * @param language the text's language
	 * @param normalizedText the text as {@link QueryText#normalize} produces it
	 * @return the words, in order
	 */
	public List<String> words(Language language, String normalizedText) {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = plain(language).tokenStream("words", normalizedText)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/**
	 * Replaces the synonyms used at query time. Each group lists terms that mean the same
	 * (退款, 退钱); a group's Chinese terms expand Chinese queries and its English terms
	 * English queries.
	 * @param groups the synonym groups
	 */
	public void useSynonyms(Collection<? extends Collection<String>> groups) {
		this.queryAnalyzers = Map.of(Language.ZH, withSynonyms(this.chinese, groups, Language.ZH), Language.EN,
				withSynonyms(this.english, groups, Language.EN));
	}

	private static Analyzer withSynonyms(Analyzer base, Collection<? extends Collection<String>> groups,
			Language language) {
		try {
			GroupParser parser = new GroupParser(base);
			int pairs = 0;
			for (Collection<String> group : groups) {
				List<CharsRef> terms = group.stream()
					.filter((term) -> Language.detect(term) == language)
					.map((term) -> parser.analyzeTerm(QueryText.normalize(term, language)))
					.filter((term) -> term != null)
					.distinct()
					.toList();
				for (CharsRef from : terms) {
					for (CharsRef to : terms) {
						if (!from.equals(to)) {
							parser.add(from, to, true);
							pairs++;
						}
					}
				}
			}
			if (pairs == 0) {
				return base;
			}
			SynonymMap map = parser.build();
			return new AnalyzerWrapper(base.getReuseStrategy()) {
				@Override
				protected Analyzer getWrappedAnalyzer(String fieldName) {
					return base;
				}

				@Override
				protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
					return new TokenStreamComponents(components.getSource(),
							new SynonymGraphFilter(components.getTokenStream(), map, true));
				}
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the synonym map", ex);
		}
	}

	/**
	 * Lucene's synonym parser, used only for its analysis of multi-word terms (退钱
	 * segments into two words): groups come from the database, not from a file.
	 */
	private static final class GroupParser extends SynonymMap.Parser {

		GroupParser(Analyzer analyzer) {
			super(true, analyzer);
		}

		@Override
		public void parse(Reader in) {
			throw new UnsupportedOperationException("Synonym groups are added term by term");
		}

		CharsRef analyzeTerm(String term) {
			try {
				CharsRef analyzed = analyze(term, new CharsRefBuilder());
				return (analyzed.length > 0) ? CharsRef.deepCopyOf(analyzed) : null;
			}
			catch (IllegalArgumentException ex) {
				// A term made only of stop words or punctuation has nothing to match on.
				return null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
