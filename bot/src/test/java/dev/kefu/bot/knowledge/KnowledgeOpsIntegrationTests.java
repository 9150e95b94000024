package dev.kefu.bot.knowledge;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.knowledge.search.KnowledgeAnalyzers;
import dev.kefu.knowledge.search.KnowledgeIndex;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.knowledge.sync.IndexSynchronizer;
import dev.kefu.knowledge.sync.IndexedEntries;
import dev.kefu.knowledge.synonyms.SynonymGroups;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ops API of the knowledge base against the running application, its PostgreSQL and
 * its index.
 */
@KefuIntegrationTest
class KnowledgeOpsIntegrationTests {

	static final String[] OPS = basic("ops", "kefu-ops-demo");

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeEntries entries;

	@Autowired
	IndexedEntries indexedEntries;

	@Autowired
	SynonymGroups synonyms;

	HttpApi api;

	@BeforeEach
	void connect() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void loadsTheDemoKnowledgeBaseAndAnswersFromIt() {
		Response tried = tryQuestion("衣服买回来不太喜欢，还能退掉吗");
		assertThat(tried.json().at("/matches/0/entryId").asText()).isEqualTo("return-7day-no-reason-zh");
		assertThat(tried.json().at("/reply/verdict").asText()).isEqualTo("ANSWER");
		assertThat(tried.json().at("/reply/entryId").asText()).isEqualTo("return-7day-no-reason-zh");
	}

	@Test
	void repliesInTraditionalToATraditionalQuestion() {
		Response tried = tryQuestion("退款要幾天才會到帳");
		assertThat(tried.json().at("/matches/0/entryId").asText()).isEqualTo("refund-time-zh");
		assertThat(tried.json().at("/reply/text").asText()).contains("個工作日").doesNotContain("个工作日");
	}

	@Test
	void makesAPublishedEntrySearchableWithinASecondAndArchivedOnesDisappear() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = this.api.post("/api/ops/kb/entries",
				entryJson(id, "Can I pay with a unicorn voucher?", "Unicorn vouchers are accepted on Tuesdays."), OPS);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().at("/status").asText()).isEqualTo("DRAFT");
		assertThat(firstMatch("do you take unicorn vouchers")).isNotEqualTo(id);

		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/publish", "{}", OPS).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(1)).until(() -> id.equals(firstMatch("do you take unicorn vouchers")));

		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/archive", "{}", OPS).json().at("/status").asText())
			.isEqualTo("ARCHIVED");
		await().atMost(Duration.ofSeconds(1)).until(() -> !id.equals(firstMatch("do you take unicorn vouchers")));
	}

	@Test
	void keepsEveryVersionWithHistoryDiffAndRevert() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		this.api.post("/api/ops/kb/entries", entryJson(id, "How long is the warranty on kettles?", "One year."), OPS);
		Response edited = this.api.put("/api/ops/kb/entries/" + id, """
				{"expectedVersion":1,"changeNote":"longer warranty","content":%s}
				""".formatted(entryJson(id, "How long is the warranty on kettles?", "Two years.")), OPS);
		assertThat(edited.json().at("/latestVersion").asInt()).isEqualTo(2);

		Response history = this.api.get("/api/ops/kb/entries/" + id + "/versions", OPS);
		assertThat(history.json().findValuesAsText("author")).containsOnly("ops");
		assertThat(history.json().size()).isEqualTo(2);

		JsonNode diff = this.api.get("/api/ops/kb/entries/" + id + "/diff?from=1&to=2", OPS).json();
		assertThat(diff.at("/changes/0/field").asText()).isEqualTo("answer");
		assertThat(diff.at("/changes/0/before").asText()).isEqualTo("One year.");
		assertThat(diff.at("/changes/0/after").asText()).isEqualTo("Two years.");

		Response reverted = this.api.post("/api/ops/kb/entries/" + id + "/revert",
				"{\"toVersion\":1,\"expectedVersion\":2}", OPS);
		assertThat(reverted.json().at("/latestVersion").asInt()).isEqualTo(3);
		assertThat(reverted.json().at("/content/answer").asText()).isEqualTo("One year.");
		assertThat(this.api.get("/api/ops/kb/entries/" + id + "/changes", OPS).json().findValuesAsText("action"))
			.containsExactly("REVERTED", "UPDATED", "CREATED");
	}

	@Test
	void refusesAnEditBasedOnAStaleVersionAndChangesNothing() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		this.api.post("/api/ops/kb/entries", entryJson(id, "Is gift wrap recyclable?", "Yes."), OPS);
		this.api.put("/api/ops/kb/entries/" + id, """
				{"expectedVersion":1,"content":%s}"""
			.formatted(entryJson(id, "Is gift wrap recyclable?", "Yes, fully.")), OPS);
		Response stale = this.api.put("/api/ops/kb/entries/" + id, """
				{"expectedVersion":1,"content":%s}""".formatted(entryJson(id, "Is gift wrap recyclable?", "No.")), OPS);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		assertThat(this.entries.get("demo-shop", id).latest().content().answer()).isEqualTo("Yes, fully.");
	}

	@Test
	void namesTheFieldOfInvalidContentAndStoresNothing() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Response invalid = this.api.post("/api/ops/kb/entries", """
				{"id":"%s","question":"","answer":"x","language":"en","category":"faq"}""".formatted(id), OPS);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().at("/errors/0/field").asText()).isEqualTo("question");
		assertThat(this.entries.find("demo-shop", id)).isEmpty();
		Response badLanguage = this.api.post("/api/ops/kb/entries", """
				{"id":"%s","question":"q","answer":"x","language":"fr","category":"faq"}""".formatted(id), OPS);
		assertThat(badLanguage.json().at("/errors/0/field").asText()).isEqualTo("language");
	}

	@Test
	void exportsAndReimportsAsCsvAndJsonLines() {
		Response jsonl = this.api.get("/api/ops/kb/export?format=jsonl", OPS);
		assertThat(jsonl.status()).isEqualTo(200);
		assertThat(jsonl.body().lines().count()).isGreaterThanOrEqualTo(150);
		Response csv = this.api.get("/api/ops/kb/export?format=csv", OPS);
		assertThat(csv.body()).startsWith("id,question,alternatives,answer");

		Response reimported = this.api.send("POST", "/api/ops/kb/import?format=csv",
				HttpRequest.BodyPublishers.ofString(csv.body()), "Content-Type", "text/csv", OPS[0], OPS[1]);
		assertThat(reimported.status()).isEqualTo(200);
		assertThat(reimported.json().at("/created").asInt()).isZero();
		assertThat(reimported.json().at("/updated").asInt()).isZero();
	}

	@Test
	void importsNothingFromAFileWithOneBadLine() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String body = entryJson(id, "A fine question?", "A fine answer.") + "\n{not json}\n";
		Response refused = this.api.send("POST", "/api/ops/kb/import?format=jsonl",
				HttpRequest.BodyPublishers.ofString(body), "Content-Type", "application/x-ndjson", OPS[0], OPS[1]);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/line").asInt()).isEqualTo(2);
		assertThat(this.entries.find("demo-shop", id)).isEmpty();
	}

	@Test
	void showsWhichRegressionQuestionsAChangeWouldBreakBeforeItGoesLive() {
		Response saved = this.api.post("/api/ops/kb/regression/cases",
				"{\"question\":\"can a courier come to collect my parcel\",\"expectedEntryId\":\"pickup-booking-en\"}",
				OPS);
		assertThat(saved.status()).isEqualTo(200);
		Response live = this.api.post("/api/ops/kb/regression/run", "{}", OPS);
		assertThat(live.json().at("/cases").asInt()).isGreaterThan(50);

		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		this.api.post("/api/ops/kb/entries",
				entryJson(id, "Can a courier come to collect my parcel?", "Only on weekends."), OPS);
		JsonNode preview = this.api.get("/api/ops/kb/entries/" + id + "/publish-preview", OPS).json();
		assertThat(preview.at("/breaking").findValuesAsText("question"))
			.contains("can a courier come to collect my parcel");
	}

	@Test
	void groupsUnansweredQuestionsIntoGaps(@Autowired KnowledgeGaps gaps, @Autowired KnowledgeSearches searches) {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		// Questions no entry touches: typewriter repairs came close to the warranty
		// entry's "can you repair it", and once other tests' entries shifted the term
		// statistics one of them was answered and never recorded.
		for (String question : new String[] { "can I book a hot air balloon ride " + marker,
				"hot air balloon flights for two " + marker, "do you organise hot air balloon trips " + marker }) {
			assertThat(gaps.record("demo-shop",
					searches.forShop("demo-shop").search(SearchRequest.of(question, Instant.now()))))
				.as("recorded as unanswered: %s", question)
				.isTrue();
		}
		JsonNode clusters = this.api.get("/api/ops/kb/gaps", OPS).json();
		JsonNode balloons = null;
		for (JsonNode cluster : clusters) {
			if (cluster.at("/representative").asText().contains(marker)) {
				balloons = cluster;
			}
		}
		assertThat(balloons).isNotNull();
		assertThat(balloons.at("/count").asInt()).isEqualTo(3);
		Response resolved = this.api.post("/api/ops/kb/gaps/resolve",
				"{\"gapIds\":" + balloons.at("/gapIds") + ",\"resolution\":\"dismissed\"}", OPS);
		assertThat(resolved.json().at("/resolved").asInt()).isEqualTo(3);
	}

	@Test
	void letsAnotherNodeCatchUpFromTheChangeFeed() {
		KnowledgeAnalyzers otherAnalyzers = new KnowledgeAnalyzers();
		try (KnowledgeIndex otherNode = new KnowledgeIndex(new ByteBuffersDirectory(), otherAnalyzers)) {
			IndexSynchronizer otherSync = new IndexSynchronizer("demo-shop", this.entries, this.synonyms, otherNode,
					otherAnalyzers, this.indexedEntries, () -> {
					});
			otherSync.catchUp();
			int before = otherNode.entryCount();
			String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
			// A question no other test asks: a live entry is in every other test's way.
			this.api.post("/api/ops/kb/entries", entryJson(id, "Sync check " + id + "?", "Yes."), OPS);
			this.api.post("/api/ops/kb/entries/" + id + "/publish", "{}", OPS);
			assertThat(otherSync.catchUp()).isPositive();
			assertThat(otherNode.entryCount()).isEqualTo(before + 1);
			assertThat(otherNode.committedSequence()).isEqualTo(this.entries.lastSequence());
		}
	}

	@Test
	void pagesSearchesAndCountsEveryEntryOfTheShopNotOnlyTheFirstFifty() {
		String marker = "paged" + UUID.randomUUID().toString().substring(0, 8);
		Set<String> created = new HashSet<>();
		for (int i = 0; i < 55; i++) {
			String id = marker + "-" + i;
			assertThat(this.api
				.post("/api/ops/kb/entries", entryJson(id, "Question " + i + " about " + marker + "?", "Yes."), OPS)
				.status()).isEqualTo(201);
			created.add(id);
		}
		Set<String> seen = new HashSet<>();
		for (int page = 1; page <= 3; page++) {
			JsonNode listed = this.api.get("/api/ops/kb/entries?size=20&page=" + page + "&q=" + marker, OPS).json();
			assertThat(listed.at("/total").asLong()).isEqualTo(55);
			assertThat(listed.at("/page").asInt()).isEqualTo(page);
			assertThat(listed.at("/size").asInt()).isEqualTo(20);
			assertThat(listed.at("/entries").size()).isEqualTo((page < 3) ? 20 : 15);
			listed.at("/entries").forEach((entry) -> seen.add(entry.at("/id").asText()));
		}
		assertThat(seen).isEqualTo(created);
		JsonNode pastTheEnd = this.api.get("/api/ops/kb/entries?size=20&page=4&q=" + marker, OPS).json();
		assertThat(pastTheEnd.at("/entries").size()).isZero();
		assertThat(pastTheEnd.at("/total").asLong()).isEqualTo(55);
		assertThat(this.api.get("/api/ops/kb/entries?q=" + marker.toUpperCase(Locale.ROOT), OPS)
			.json()
			.at("/total")
			.asLong()).as("English is searched without regard to case").isEqualTo(55);

		this.api.post("/api/ops/kb/entries/" + marker + "-7/publish", "{}", OPS);
		JsonNode published = this.api.get("/api/ops/kb/entries?status=PUBLISHED&q=" + marker, OPS).json();
		assertThat(published.at("/total").asLong()).isEqualTo(1);
		assertThat(published.at("/entries/0/id").asText()).isEqualTo(marker + "-7");
		assertThat(this.api.get("/api/ops/kb/entries?status=DRAFT&q=" + marker, OPS).json().at("/total").asLong())
			.isEqualTo(54);
	}

	@Test
	void searchesChineseAnswersInEitherScript() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String word = "独角兽" + id.substring(5);
		this.api.post("/api/ops/kb/entries",
				"""
						{"id":"%s","question":"可以用%s礼券付款吗？","alternatives":[],"answer":"可以，%s礼券周二可用。","language":"zh","category":"test"}"""
					.formatted(id, word, word),
				OPS);
		for (String typed : List.of(word + "礼券", "獨角獸" + id.substring(5) + "禮券", "周二可用")) {
			JsonNode listed = this.api
				.get("/api/ops/kb/entries?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8), OPS)
				.json();
			assertThat(listed.at("/entries").findValuesAsText("id")).as(typed).contains(id);
		}
	}

	@Test
	void namesTheKindOfEachEntryProblemAndWhatItIsAboutForThePageToSayInItsLanguage() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode missing = this.api.get("/api/ops/kb/entries/" + id, OPS).json();
		assertThat(missing.at("/code").asText()).isEqualTo("ENTRY_NOT_FOUND");
		assertThat(missing.at("/entryId").asText()).isEqualTo(id);
		this.api.post("/api/ops/kb/entries", entryJson(id, "Is there a code?", "Yes."), OPS);
		Response twice = this.api.post("/api/ops/kb/entries", entryJson(id, "Is there a code?", "Yes."), OPS);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().at("/code").asText()).isEqualTo("ENTRY_EXISTS");
		assertThat(twice.json().at("/entryId").asText()).isEqualTo(id);
		this.api.put("/api/ops/kb/entries/" + id, """
				{"expectedVersion":1,"content":%s}""".formatted(entryJson(id, "Is there a code?", "Yes, one.")), OPS);
		Response stale = this.api.put("/api/ops/kb/entries/" + id, """
				{"expectedVersion":1,"content":%s}""".formatted(entryJson(id, "Is there a code?", "Yes, two.")), OPS);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().at("/code").asText()).isEqualTo("EDIT_CONFLICT");
		assertThat(stale.json().at("/currentVersion").asInt()).isEqualTo(2);
		assertThat(this.entries.get("demo-shop", id).latest().version()).as("nothing saved").isEqualTo(2);
	}

	@Test
	void refusesABadPageOrPageSizeWithAProblem() {
		for (String query : List.of("page=0", "page=-1", "page=two", "size=0", "size=201")) {
			Response response = this.api.get("/api/ops/kb/entries?" + query, OPS);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.isProblem()).as(query).isTrue();
			assertThat(response.json().at("/detail").asText()).as(query).contains(query.substring(0, 4));
		}
	}

	@Test
	void keepsTheOpsApiToOps() {
		assertThat(this.api.get("/api/ops/kb/entries", basic("agent", "kefu-agent-demo")).status()).isEqualTo(403);
		assertThat(this.api.get("/api/ops/kb/entries").status()).isEqualTo(401);
	}

	private Response tryQuestion(String question) {
		Response response = this.api.post("/api/ops/kb/try", "{\"question\":\"" + question + "\"}", OPS);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private String firstMatch(String question) {
		return tryQuestion(question).json().at("/matches/0/entryId").asText();
	}

	private static String entryJson(String id, String question, String answer) {
		return """
				{"id":"%s","question":"%s","alternatives":[],"answer":"%s","language":"en","category":"test"}"""
			.formatted(id, question, answer);
	}

}
