package dev.kefu.bot.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import dev.kefu.knowledge.KnowledgeSearches;
import dev.kefu.knowledge.search.SearchRequest;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's data on the real application: the gaps view never shows their phone number,
 * an export holds everything about them and nobody else, an erasure leaves nothing behind
 * (conversations, messages, photos, escalations and notes, gaps) but the transaction
 * records, and retention deletes what is old enough. Every step is audited without naming
 * the shopper.
 */
@KefuIntegrationTest
class PrivacyIntegrationTests {

	private static final String[] AGENT = basic("agent", "kefu-agent-demo");

	private static final String[] OPS = basic("ops", "kefu-ops-demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KnowledgeSearches searches;

	@Autowired
	RetentionSweeper retention;

	HttpApi api;

	String shopper;

	String[] auth;

	@BeforeEach
	void shopperWithHistory() {
		this.api = new HttpApi(this.port);
		this.shopper = "priv-" + UUID.randomUUID().toString().substring(0, 8);
		this.auth = bearer(ShopperTokens.demoShopper(this.shopper));
	}

	@Test
	void exportsEverythingAboutTheShopperThenErasesItAll() throws Exception {
		String marker = "紫水晶独角兽" + this.shopper.substring(5);
		String orderId = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("PRIV-1", "Privacy test dress", "apparel", "99"));
		String conversation = startConversation();
		say(conversation, marker + "的说明书在哪，我的手机13812345678");
		assertThat(Photos
			.upload(this.port, ShopperTokens.demoShopper(this.shopper), conversation, "seam.png", "image/png",
					Photos.png())
			.statusCode()).isEqualTo(201);
		say(conversation, "转人工");
		String escalation = this.jdbc.sql("select id::text from escalations where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(String.class)
			.single();
		this.api.post("/api/agent/escalations/" + escalation + "/claim", "", AGENT);
		this.api.post("/api/agent/escalations/" + escalation + "/notes", "{\"text\": \"VIP customer, called twice\"}",
				AGENT);
		this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(orderId), this.auth);

		assertThat(this.jdbc.sql("select question from kb_gaps where question like ?")
			.param("%" + marker + "%")
			.query(String.class)
			.list()).as("the gaps view shows the question, masked")
			.singleElement()
			.satisfies((question) -> assertThat(question).contains("138****5678").doesNotContain("13812345678"));

		HttpApi.Response export = this.api.get("/api/shopper/privacy/export", this.auth);
		assertThat(export.status()).isEqualTo(200);
		JsonNode data = export.json();
		assertThat(data.at("/shopperId").asText()).isEqualTo(this.shopper);
		assertThat(data.at("/conversations/0/messages").findValuesAsText("text"))
			.contains(marker + "的说明书在哪，我的手机13812345678");
		assertThat(data.at("/conversations/0/escalations/0/notes/0").asText()).isEqualTo("VIP customer, called twice");
		assertThat(data.at("/returns/0/orderId").asText()).isEqualTo(orderId);
		assertThat(data.at("/conversations/0/photos/0/contentType").asText()).isEqualTo("image/png");

		HttpApi.Response unconfirmed = this.api.post("/api/shopper/privacy/erasure", "{\"confirm\": false}", this.auth);
		assertThat(unconfirmed.status()).isEqualTo(400);
		assertThat(count("select count(*) from conversations where shopper_id = ?")).isEqualTo(1);

		HttpApi.Response erased = this.api.post("/api/shopper/privacy/erasure", "{\"confirm\": true}", this.auth);
		assertThat(erased.status()).isEqualTo(200);
		assertThat(erased.json().at("/conversations").asInt()).isEqualTo(1);
		assertThat(count("select count(*) from conversations where shopper_id = ?")).isZero();
		assertThat(count("select count(*) from escalations where shopper_id = ?")).isZero();
		assertThat(erased.json().at("/photos").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from attachments where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single()).as("no copy of the photo").isZero();
		assertThat(this.jdbc.sql("select count(*) from messages where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from kb_gaps where question like ?")
			.param("%" + marker + "%")
			.query(Long.class)
			.single()).as("no copy in the gaps view").isZero();
		assertThat(this.searches.forShop("demo-shop")
			.search(SearchRequest.of(marker, Instant.now()))
			.matches()
			.stream()
			.map((m) -> m.phrasing())
			.filter((phrasing) -> phrasing != null && phrasing.contains(marker))
			.toList()).as("no copy in the index").isEmpty();
		assertThat(count("select count(*) from return_cases where shopper_id = ?"))
			.as("return cases stay as transaction records")
			.isEqualTo(1);
		List<String> audit = this.jdbc
			.sql("select action || ':' || shopper_hash from privacy_audit where shopper_hash = ? order by id")
			.param(PrivacyAudit.hash(new ShopperRef("demo-shop", this.shopper)))
			.query(String.class)
			.list();
		assertThat(audit).hasSize(2).allSatisfy((line) -> assertThat(line).doesNotContain(this.shopper));
		assertThat(audit.get(0)).startsWith("EXPORT:");
		assertThat(audit.get(1)).startsWith("ERASURE:");
	}

	@Test
	void opsExportAndEraseANamedShopperAndReadTheAuditButAgentsCannot() {
		String conversation = startConversation();
		say(conversation, "退款多久到账");
		String subject = "{\"shopId\": \"demo-shop\", \"shopperId\": \"" + this.shopper + "\"}";
		assertThat(this.api.post("/api/ops/privacy/exports", subject, AGENT).status()).isEqualTo(403);
		HttpApi.Response export = this.api.post("/api/ops/privacy/exports", subject, OPS);
		assertThat(export.json().at("/conversations").size()).isEqualTo(1);
		assertThat(this.api.post("/api/ops/privacy/erasures", subject, OPS).json().at("/messages").asInt())
			.isEqualTo(2);
		assertThat(this.api.get("/api/ops/privacy/audit?limit=5", OPS).json().findValuesAsText("actor"))
			.contains("staff:ops");
	}

	@Test
	void retentionDeletesConversationsQuietForLongerThanThePeriodAndKeepsTheRest() {
		String old = startConversation();
		say(old, "退款多久到账");
		String recent = startConversation();
		say(recent, "运费多少");
		this.jdbc.sql("update messages set created_at = now() - interval '400 days' where conversation_id = ?")
			.param(UUID.fromString(old))
			.update();
		this.jdbc.sql("update conversations set created_at = now() - interval '400 days' where id = ?")
			.param(UUID.fromString(old))
			.update();
		var deleted = this.retention.sweep();
		assertThat(deleted.get("conversations")).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select id::text from conversations where shopper_id = ?")
			.param(this.shopper)
			.query(String.class)
			.list()).containsExactly(recent);
		assertThat(this.jdbc.sql("select count(*) from privacy_audit where action = 'RETENTION'")
			.query(Long.class)
			.single()).isPositive();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param(this.shopper).query(Long.class).single();
	}

	private String startConversation() {
		return this.api.post("/api/shopper/conversations", "{}", this.auth).json().at("/id").asText();
	}

	private void say(String conversation, String text) {
		HttpApi.Response turn = this.api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"" + text + "\"}", this.auth);
		assertThat(turn.status()).isEqualTo(200);
	}

}
