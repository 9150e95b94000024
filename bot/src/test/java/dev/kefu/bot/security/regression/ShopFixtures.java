package dev.kefu.bot.security.regression;

import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import dev.kefu.bot.HttpApi;

import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Things of one shop that another shop's staff must not reach: a return case waiting for
 * a person, an escalated conversation. Each is new, so tests share nothing.
 */
public final class ShopFixtures {

	private final HttpApi api;

	private final JdbcClient jdbc;

	public ShopFixtures(HttpApi api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	/** A shopper id no other test uses. */
	public static String newShopper() {
		return "tenant-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Opens a return a person must review, on a delivered order of its own.
	 * @return the case id
	 */
	public String caseUnderReview(String shop, String token) {
		String shopper = subject(token);
		String order = "T" + UUID.randomUUID().toString().substring(0, 10);
		this.jdbc
			.sql("""
					insert into local_orders (shop_id, order_id, shopper_id, status, placed_at, paid_at, delivered_at, currency)
					values (?, ?, ?, 'DELIVERED', now() - interval '4 days', now() - interval '4 days',
					        now() - interval '2 days', 'CNY')
					""")
			.params(shop, order, shopper)
			.update();
		this.jdbc
			.sql("""
					insert into local_order_lines (shop_id, order_id, line_number, sku, title, category, unit_price, quantity)
					values (?, ?, 1, 'TEN-1', 'Tenancy coat', 'apparel', 1200.00, 1)
					""")
			.params(shop, order)
			.update();
		HttpApi.Response opened = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(order), bearer(token));
		assertThat(opened.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		return opened.json().at("/id").asText();
	}

	/**
	 * Starts a conversation that asks for a person.
	 * @return the conversation id
	 */
	public String askForAPerson(String token) {
		String conversation = this.api.post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		assertThat(this.api
			.post("/api/shopper/conversations/" + conversation + "/messages",
					"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"转人工\"}", bearer(token))
			.status()).isEqualTo(200);
		return conversation;
	}

	/** The escalation a conversation opened. */
	public String escalationOf(String conversation) {
		return this.jdbc.sql("select id from escalations where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(String.class)
			.single();
	}

	/** The shopper a token is for. */
	public static String subject(String token) {
		try {
			return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
