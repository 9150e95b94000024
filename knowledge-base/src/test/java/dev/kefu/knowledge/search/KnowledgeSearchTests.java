package dev.kefu.knowledge.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.language.Language;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search on a real Lucene index with the real embedding models (no mocks): Chinese in
 * both scripts, English with stemming, synonyms, validity windows, product scope, hostile
 * input.
 */
class KnowledgeSearchTests {

	static final TextEmbedder embedder = new InProcessEmbedder();

	static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	static KnowledgeAnalyzers analyzers;

	static KnowledgeIndex index;

	static KnowledgeSearch search;

	@BeforeAll
	static void buildIndex() {
		analyzers = new KnowledgeAnalyzers();
		index = new KnowledgeIndex(new ByteBuffersDirectory(), analyzers);
		index.replaceAll(List.of(entry("returns-zh", Language.ZH, "支持7天无理由退货吗", "不喜欢可以退吗"),
				entry("refund-time-zh", Language.ZH, "退款多久到账", "钱什么时候退回来"),
				entry("shipping-zh", Language.ZH, "多久发货", "什么时候寄出"),
				entry("returns-en", Language.EN, "Do you offer 7-day no-reason returns?",
						"can I return something I don't like"),
				entry("shipping-en", Language.EN, "When will my order ship?", "dispatch time"),
				entry("invoice-en", Language.EN, "How do I get an invoice?", "request a receipt"),
				new IndexedEntry("underwear-zh", Language.ZH, List.of(norm("内衣可以退吗", Language.ZH)),
						embedder.embedAll(Language.ZH, List.of(norm("内衣可以退吗", Language.ZH))), Set.of("underwear"),
						Set.of(), null, null, List.of()),
				new IndexedEntry("tonight-zh", Language.ZH, List.of(norm("今晚直播买两件送丝巾吗", Language.ZH)),
						embedder.embedAll(Language.ZH, List.of(norm("今晚直播买两件送丝巾吗", Language.ZH))), Set.of(), Set.of(),
						NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(1)), List.of())));
		index.commit(1);
		search = new KnowledgeSearch(index, analyzers, embedder, RankingMode.HYBRID,
				KnowledgeSearch.DEFAULT_LEXICAL_WEIGHT, Calibration.DEFAULT, OutOfScope.builtIn(embedder));
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@Test
	void findsASimplifiedEntryForATraditionalQuestion() {
		SearchResult result = search.search(SearchRequest.of("退款要幾天才會到帳", NOW));
		assertThat(result.query().script()).isEqualTo(ChineseScript.TRADITIONAL);
		assertThat(result.best()).hasValueSatisfying((m) -> assertThat(m.entryId()).isEqualTo("refund-time-zh"));
	}

	@Test
	void ranksAChineseParaphraseFirst() {
		assertThat(ids(search.search(SearchRequest.of("买了不合适能退掉吗", NOW)))).first().isEqualTo("returns-zh");
	}

	@Test
	void stemsEnglishAndRanksTheRightEntryFirst() {
		assertThat(ids(search.search(SearchRequest.of("when are orders shipped", NOW)))).first()
			.isEqualTo("shipping-en");
		assertThat(ids(search.search(SearchRequest.of("invoices please", NOW)))).first().isEqualTo("invoice-en");
	}

	@Test
	void answersOnlyInTheQuestionsLanguage() {
		assertThat(ids(search.search(SearchRequest.of("how long until my refund arrives", NOW))))
			.allMatch((id) -> id.endsWith("-en"));
	}

	@Test
	void appliesSynonymsAtQueryTime() {
		analyzers.useSynonyms(List.of());
		assertThat(lexicalHits(search.search(SearchRequest.of("bill", NOW)))).isEmpty();
		analyzers.useSynonyms(List.of(List.of("receipt", "bill")));
		try {
			assertThat(lexicalHits(search.search(SearchRequest.of("bill", NOW)))).containsExactly("invoice-en");
		}
		finally {
			analyzers.useSynonyms(List.of());
		}
	}

	@Test
	void leavesOutEntriesOutsideTheirValidityWindow() {
		assertThat(ids(search.search(SearchRequest.of("今晚直播买两件送丝巾吗", NOW)))).first().isEqualTo("tonight-zh");
		assertThat(ids(search.search(SearchRequest.of("今晚直播买两件送丝巾吗", NOW.plus(Duration.ofHours(2))))))
			.doesNotContain("tonight-zh");
	}

	@Test
	void leavesOutEntriesScopedToOtherProducts() {
		SearchRequest aboutCosmetics = new SearchRequest("内衣可以退吗", Set.of("cosmetics"), Set.of(), NOW, 5);
		SearchRequest aboutUnderwear = new SearchRequest("内衣可以退吗", Set.of("underwear"), Set.of(), NOW, 5);
		assertThat(ids(search.search(aboutCosmetics))).doesNotContain("underwear-zh");
		assertThat(ids(search.search(aboutUnderwear))).first().isEqualTo("underwear-zh");
	}

	@Test
	void treatsQuerySyntaxAsPlainText() {
		for (String hostile : new String[] { "AND OR NOT", "*", "\"unbalanced", "ship~ AND invoice:*", "title:(a OR b)",
				"[1 TO 5]", "\\", "+-&&||!(){}[]^\"~*?:\\/" }) {
			SearchResult result = search.search(SearchRequest.of(hostile, NOW));
			assertThat(result.verdict()).as(hostile).isNotNull();
		}
	}

	@Test
	void boundsLongGarbageInput() {
		String garbage = "退款".repeat(50_000) + "x".repeat(100_000);
		long start = System.nanoTime();
		SearchResult result = search.search(SearchRequest.of(garbage, NOW));
		assertThat(result.query().original()).hasSize(QueryText.MAX_LENGTH);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void admitsNoMatchForBlankQuestions() {
		assertThat(search.search(SearchRequest.of("   ", NOW)).verdict()).isEqualTo(Verdict.NO_MATCH);
	}

	@Test
	void isMoreConfidentAboutAnExactQuestionThanAnUnrelatedOne() {
		SearchResult exact = search.search(SearchRequest.of("退款多久到账", NOW));
		SearchResult unrelated = search.search(SearchRequest.of("明天北京天气怎么样", NOW));
		assertThat(exact.confidence()).isGreaterThan(unrelated.confidence());
		assertThat(exact.verdict()).isEqualTo(Verdict.ANSWER);
		assertThat(unrelated.verdict()).isNotEqualTo(Verdict.ANSWER);
	}

	private static IndexedEntry entry(String id, Language language, String... phrasings) {
		List<String> normalized = Arrays.stream(phrasings).map((p) -> norm(p, language)).toList();
		return new IndexedEntry(id, language, normalized, embedder.embedAll(language, normalized), Set.of(), Set.of(),
				null, null, List.of());
	}

	private static String norm(String text, Language language) {
		return QueryText.normalize(text, language);
	}

	private static List<String> lexicalHits(SearchResult result) {
		return result.matches().stream().filter((m) -> m.bm25() > 0).map(Match::entryId).toList();
	}

	private static List<String> ids(SearchResult result) {
		return result.matches().stream().map(Match::entryId).toList();
	}

}
