package dev.kefu.bot.security.regression;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.gaps.KnowledgeGaps;
import dev.kefu.knowledge.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each shop has its own knowledge base: every knowledge-base endpoint shows and changes
 * the staff member's shop only, another shop's entries, synonyms, gaps, regression
 * questions and marks answer as if they did not exist, and a shopper is answered from
 * their own shop's entries. Two demo shops: demo-shop (ops, agent) and home-shop
 * (home-admin, home-agent); admin is the platform admin.
 */
@KefuIntegrationTest
class KnowledgeBaseTenancyRegressionTests {

	private static final String[] OPS = basic("ops", "kefu-ops-demo");

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	private static final String[] HOME_ADMIN = basic("home-admin", "kefu-home-admin-demo");

	private static final String[] HOME_AGENT = basic("home-agent", "kefu-home-agent-demo");

	private static final String[] PLATFORM = basic("admin", "kefu-admin-demo");

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeEntries entries;

	HttpApi api;

	@BeforeEach
	void client() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void twoShopsKeepEntriesOfTheSameIdApart() {
		String id = unique("same-id");
		assertThat(
				this.api.post("/api/ops/kb/entries", entry(id, "Which id is this?", "The demo shop's."), OPS).status())
			.isEqualTo(201);
		assertThat(this.api.post("/api/ops/kb/entries", entry(id, "Which id is this?", "The home shop's."), HOME_ADMIN)
			.status()).isEqualTo(201);
		assertThat(this.api.get("/api/ops/kb/entries/" + id, OPS).json().at("/content/answer").asText())
			.isEqualTo("The demo shop's.");
		assertThat(this.api.get("/api/ops/kb/entries/" + id, HOME_ADMIN).json().at("/content/answer").asText())
			.isEqualTo("The home shop's.");
		assertThat(this.api.get("/api/ops/kb/entries/" + id + "?shop=home-shop", PLATFORM)
			.json()
			.at("/content/answer")
			.asText()).isEqualTo("The home shop's.");
		assertThat(this.api.get("/api/ops/kb/entries/" + id + "?shop=demo-shop", PLATFORM)
			.json()
			.at("/content/answer")
			.asText()).isEqualTo("The demo shop's.");
	}

	@Test
	void opsNeitherSeeNorChangeAnotherShopsEntries() {
		String id = unique("home-only");
		String marker = id.substring(id.length() - 8);
		this.api.post("/api/ops/kb/entries", entry(id, "Is this only at home " + marker + "?", "Yes."), HOME_ADMIN);
		assertThat(ids(entriesOf(this.api.get("/api/ops/kb/entries?q=" + marker, HOME_ADMIN)))).containsExactly(id);
		assertThat(ids(entriesOf(this.api.get("/api/ops/kb/entries?q=" + marker, OPS)))).isEmpty();
		for (String path : List.of("", "/versions", "/changes", "/diff?from=1&to=1", "/publish-preview")) {
			Response response = this.api.get("/api/ops/kb/entries/" + id + path, OPS);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.isProblem()).as(path).isTrue();
		}
		assertThat(
				this.api
					.put("/api/ops/kb/entries/" + id,
							"{\"expectedVersion\":1,\"content\":" + entry(id, "Is this only at home?", "Changed.")
									+ "}",
							OPS)
					.status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/publish", "{}", OPS).status()).isEqualTo(404);
		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/archive", "{}", OPS).status()).isEqualTo(404);
		assertThat(
				this.api.post("/api/ops/kb/entries/" + id + "/revert", "{\"toVersion\":1,\"expectedVersion\":1}", OPS)
					.status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/alternatives", "{\"phrasing\":\"at home?\"}", OPS)
			.status()).isEqualTo(404);
		JsonNode home = this.api.get("/api/ops/kb/entries/" + id, HOME_ADMIN).json();
		assertThat(home.at("/latestVersion").asInt()).isEqualTo(1);
		assertThat(home.at("/status").asText()).isEqualTo("DRAFT");
		assertThat(home.at("/content/answer").asText()).isEqualTo("Yes.");
		assertThat(this.entries.find("demo-shop", id)).isEmpty();
	}

	@Test
	void asksForAnotherShopAreRefusedWithAProblemAndChangeNothing() {
		String id = unique("asked");
		for (String path : List.of("/api/ops/kb/entries", "/api/ops/kb/gaps", "/api/ops/kb/synonyms",
				"/api/ops/kb/regression/cases", "/api/ops/kb/answer-marks", "/api/ops/kb/export",
				"/api/ops/kb/answer-marks/answered?entryId=return-policy-zh")) {
			String withShop = path + (path.contains("?") ? "&" : "?") + "shop=home-shop";
			Response response = this.api.get(withShop, OPS);
			assertThat(response.status()).as(withShop).isEqualTo(404);
			assertThat(response.isProblem()).as(withShop).isTrue();
		}
		assertThat(this.api.post("/api/ops/kb/entries?shop=home-shop", entry(id, "Sneaked in?", "No."), OPS).status())
			.isEqualTo(404);
		assertThat(this.api
			.post("/api/ops/kb/synonyms?shop=home-shop", "{\"terms\":[\"" + id + "\",\"x" + id + "\"]}", OPS)
			.status()).isEqualTo(404);
		assertThat(this.api.post("/api/ops/kb/regression/cases?shop=home-shop", "{\"question\":\"" + id + "\"}", OPS)
			.status()).isEqualTo(404);
		assertThat(this.api.post("/api/ops/kb/regression/run?shop=home-shop", "{}", OPS).status()).isEqualTo(404);
		assertThat(this.api.post("/api/ops/kb/try?shop=home-shop", "{\"question\":\"can I return it\"}", OPS).status())
			.isEqualTo(404);
		assertThat(this.api
			.post("/api/ops/kb/answer-marks?shop=home-shop",
					"{\"question\":\"" + id + "\",\"rightEntryId\":\"none\",\"place\":\"try\"}", OPS)
			.status()).isEqualTo(404);
		assertThat(
				this.api.post("/api/ops/kb/gaps/resolve?shop=home-shop", "{\"gapIds\":[1],\"resolution\":\"x\"}", OPS)
					.status())
			.isEqualTo(404);
		assertThat(importLines("home-shop", entry(id, "Imported?", "No."), OPS).status()).isEqualTo(404);
		assertThat(this.entries.find("home-shop", id)).isEmpty();
		assertThat(this.entries.find("demo-shop", id)).isEmpty();
		assertThat(this.api.get("/api/ops/kb/regression/cases", HOME_ADMIN).json().findValuesAsText("question"))
			.doesNotContain(id);
	}

	@Test
	void theTryBoxAndTheShoppersSearchOnlyTheirShopsKnowledgeBase() {
		String id = unique("lamps");
		String question = "Do you sell glow-in-the-dark lava lamps " + id.substring(id.length() - 6) + "?";
		this.api.post("/api/ops/kb/entries", entry(id, question, "Yes, in three colours."), HOME_ADMIN);
		assertThat(this.api.post("/api/ops/kb/entries/" + id + "/publish", "{}", HOME_ADMIN).status()).isEqualTo(200);
		String tryBody = "{\"question\":\"" + question + "\"}";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.post("/api/ops/kb/try", tryBody, HOME_ADMIN)
				.json()
				.findValuesAsText("entryId")
				.contains(id));
		assertThat(this.api.post("/api/ops/kb/try", tryBody, OPS).json().findValuesAsText("entryId"))
			.doesNotContain(id);
		assertThat(
				this.api.post("/api/ops/kb/try?shop=home-shop", tryBody, PLATFORM).json().at("/reply/entryId").asText())
			.isEqualTo(id);

		JsonNode home = say(ShopperTokens.homeShopper(shopper()), question);
		assertThat(home.at("/replies/0/entryId").asText()).isEqualTo(id);
		JsonNode demo = say(ShopperTokens.demoShopper(shopper()), question);
		assertThat(demo.at("/replies/0/entryId").asText()).isNotEqualTo(id);
		assertThat(demo.at("/replies/0/text").asText()).doesNotContain("three colours");
	}

	@Test
	void eachShopsShopperGetsTheirOwnShopsAnswerToTheSameQuestion() {
		JsonNode home = say(ShopperTokens.homeShopper(shopper()), "How long does delivery take?");
		JsonNode demo = say(ShopperTokens.demoShopper(shopper()), "How long does delivery take?");
		assertThat(home.at("/replies/0/entryId").asText()).isEqualTo("delivery-time-en");
		assertThat(demo.at("/replies/0/entryId").asText()).isEqualTo("delivery-time-en");
		assertThat(home.at("/replies/0/text").asText()).contains("Hong Kong").doesNotContain("Shanghai");
		assertThat(demo.at("/replies/0/text").asText()).contains("Shanghai").doesNotContain("Hong Kong");
	}

	@Test
	void synonymsAndRegressionQuestionsStayInTheirShop() {
		String term = unique("syn");
		Response created = this.api.post("/api/ops/kb/synonyms", "{\"terms\":[\"" + term + "\",\"x" + term + "\"]}",
				HOME_ADMIN);
		assertThat(created.status()).isEqualTo(201);
		long group = created.json().at("/id").asLong();
		assertThat(terms(this.api.get("/api/ops/kb/synonyms", OPS))).doesNotContain(term);
		assertThat(this.api.put("/api/ops/kb/synonyms/" + group, "{\"terms\":[\"a\",\"b\"]}", OPS).status())
			.isEqualTo(404);
		assertThat(this.api.send("DELETE", "/api/ops/kb/synonyms/" + group, BodyPublishers.noBody(), OPS).status())
			.isEqualTo(404);
		assertThat(terms(this.api.get("/api/ops/kb/synonyms", HOME_ADMIN))).contains(term);

		String question = "is this a home question " + term;
		// Its entry does not exist, so the case fails and the report lists it.
		Response saved = this.api.post("/api/ops/kb/regression/cases",
				"{\"question\":\"" + question + "\",\"expectedEntryId\":\"" + term + "-missing\"}", HOME_ADMIN);
		assertThat(saved.status()).isEqualTo(200);
		long regressionCase = saved.json().at("/id").asLong();
		assertThat(this.api.get("/api/ops/kb/regression/cases", OPS).json().findValuesAsText("question"))
			.doesNotContain(question);
		assertThat(
				this.api.send("DELETE", "/api/ops/kb/regression/cases/" + regressionCase, BodyPublishers.noBody(), OPS)
					.status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/ops/kb/regression/cases", HOME_ADMIN).json().findValuesAsText("question"))
			.contains(question);
		assertThat(questions(this.api.post("/api/ops/kb/regression/run", "{}", HOME_ADMIN))).contains(question);
		assertThat(questions(this.api.post("/api/ops/kb/regression/run", "{}", OPS))).doesNotContain(question);
	}

	@Test
	void gapsAndAnswerMarksStayInTheirShop(@Autowired KnowledgeGaps gaps, @Autowired KnowledgeSearches searches) {
		String marker = unique("gap");
		String question = "do you repair antique cuckoo clocks " + marker;
		gaps.record("home-shop", searches.forShop("home-shop").search(SearchRequest.of(question, Instant.now())));
		JsonNode homeGaps = this.api.get("/api/ops/kb/gaps?limit=200", HOME_ADMIN).json();
		assertThat(homeGaps.findValuesAsText("representative")).contains(question);
		assertThat(this.api.get("/api/ops/kb/gaps?limit=200", OPS).json().findValuesAsText("representative"))
			.doesNotContain(question);
		String gapIds = null;
		for (JsonNode cluster : homeGaps) {
			if (cluster.at("/representative").asText().equals(question)) {
				gapIds = cluster.at("/gapIds").toString();
			}
		}
		assertThat(this.api.post("/api/ops/kb/gaps/resolve", "{\"gapIds\":" + gapIds + ",\"resolution\":\"x\"}", OPS)
			.json()
			.at("/resolved")
			.asInt()).isZero();
		assertThat(this.api.get("/api/ops/kb/gaps?limit=200", HOME_ADMIN).json().findValuesAsText("representative"))
			.contains(question);

		Response marked = this.api.post("/api/ops/kb/answer-marks",
				"{\"question\":\"" + question + "\",\"rightEntryId\":\"none\",\"place\":\"gaps\"}", HOME_ADMIN);
		assertThat(marked.status()).isEqualTo(200);
		assertThat(this.api.get("/api/ops/kb/answer-marks?limit=500", HOME_ADMIN).json().findValuesAsText("question"))
			.contains(question);
		assertThat(this.api.get("/api/ops/kb/answer-marks?limit=500", OPS).json().findValuesAsText("question"))
			.doesNotContain(question);
		String homeOnly = unique("home-entry");
		this.api.post("/api/ops/kb/entries", entry(homeOnly, "A home entry?", "Yes."), HOME_ADMIN);
		assertThat(
				this.api
					.post("/api/ops/kb/answer-marks",
							"{\"question\":\"" + question + "\",\"rightEntryId\":\"" + homeOnly
									+ "\",\"place\":\"try\"}",
							OPS)
					.status())
			.as("another shop's entry is no right entry")
			.isEqualTo(404);
	}

	@Test
	void anAgentMarksOnlyTheirShopsAnswers() {
		String token = ShopperTokens.homeShopper(shopper());
		String conversation = this.api.post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		Response answered = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"m-1\",\"text\":\"Can I return an item?\"}", bearer(token));
		assertThat(answered.json().at("/replies/0/entryId").asText()).isEqualTo("return-policy-en");
		long seq = answered.json().at("/replies/0/seq").asLong();
		assertThat(this.api.get("/api/ops/kb/answer-marks/answered?entryId=return-policy-en", HOME_ADMIN)
			.json()
			.findValuesAsText("question")).contains("Can I return an item?");
		assertThat(this.api.get("/api/ops/kb/answer-marks/answered?entryId=return-policy-en", OPS)
			.json()
			.findValuesAsText("question")).as("demo-shop's answers with an entry of that id").isEmpty();
		String mark = "{\"conversationId\":\"" + conversation + "\",\"seq\":" + seq + ",\"rightEntryId\":\"none\"}";
		assertThat(this.api.post("/api/agent/answers/marks", mark, AGENT).status()).isEqualTo(404);
		Response byHomeAgent = this.api.post("/api/agent/answers/marks", mark, HOME_AGENT);
		assertThat(byHomeAgent.status()).as(byHomeAgent.body()).isEqualTo(200);
		assertThat(this.api.get("/api/ops/kb/answer-marks?limit=500", HOME_ADMIN).json().findValuesAsText("id"))
			.contains(byHomeAgent.json().at("/id").asText());
		assertThat(this.api.get("/api/ops/kb/answer-marks?limit=500", OPS).json().findValuesAsText("id"))
			.doesNotContain(byHomeAgent.json().at("/id").asText());
	}

	@Test
	void exportAndImportMoveOneShopsEntriesOnly() {
		String id = unique("imported");
		Response imported = importLines(null, entry(id, "Imported at home?", "Yes."), HOME_ADMIN);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().at("/created").asInt()).isEqualTo(1);
		assertThat(this.entries.find("home-shop", id)).isPresent();
		assertThat(this.entries.find("demo-shop", id)).isEmpty();
		Response homeExport = this.api.get("/api/ops/kb/export?format=jsonl", HOME_ADMIN);
		assertThat(homeExport.body()).contains("\"" + id + "\"", "return-policy-en").doesNotContain("refund-time-zh");
		assertThat(homeExport.body().lines().count()).isLessThan(100);
		Response demoExport = this.api.get("/api/ops/kb/export?format=jsonl", OPS);
		assertThat(demoExport.body()).contains("refund-time-zh").doesNotContain("\"" + id + "\"");
	}

	private Response importLines(String shop, String lines, String[] staff) {
		return this.api.send("POST", "/api/ops/kb/import?format=jsonl" + ((shop != null) ? "&shop=" + shop : ""),
				BodyPublishers.ofString(lines), "Content-Type", "application/x-ndjson", staff[0], staff[1]);
	}

	private JsonNode say(String token, String text) {
		String conversation = this.api.post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		Response reply = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\":\"m-1\",\"text\":\"" + text + "\"}", bearer(token));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	// The entries list is a page: its entries, as a response of their own for ids(…).
	private static Response entriesOf(Response page) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return new Response(200, page.contentType(), page.authenticate(), page.location(),
				page.json().at("/entries").toString());
	}

	private static List<String> ids(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> all = new ArrayList<>();
		response.json().forEach((entry) -> all.add(entry.at("/id").asText()));
		return all;
	}

	private static List<String> terms(Response response) {
		List<String> all = new ArrayList<>();
		response.json().forEach((group) -> group.at("/terms").forEach((term) -> all.add(term.asText())));
		return all;
	}

	private static List<String> questions(Response report) {
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		return report.json().findValuesAsText("question");
	}

	private static String entry(String id, String question, String answer) {
		return """
				{"id":"%s","question":"%s","answer":"%s","language":"en","category":"faq"}""".formatted(id, question,
				answer);
	}

	private static String unique(String prefix) {
		return "t-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String shopper() {
		return "kb-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
