package dev.kefu.bot.security.regression;

import java.util.UUID;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo evidence is a photo the shopper uploaded to the shop and that is stored: made-up
 * ids, the nil UUID and another shopper's photo turned a quality claim that should go to
 * review into an automatic refund through the REST API (899 CNY in the probe).
 */
@KefuIntegrationTest
class PhotoEvidenceRegressionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String shopper;

	String orderId;

	@BeforeEach
	void shopperWithADeliveredOrder() {
		this.api = new HttpApi(this.port);
		this.shopper = "photo-" + UUID.randomUUID().toString().substring(0, 8);
		this.orderId = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("PH-DRESS-M", "Photo dress M", "apparel", "299.00"),
				TestOrders.Line.of("PH-COAT-L", "Photo coat L", "apparel", "299.00"));
	}

	@Test
	void refusesMadeUpPhotoIdsNamingThemAndOpensNothing() {
		UUID random = UUID.randomUUID();
		UUID nil = new UUID(0, 0);
		HttpApi.Response refused = this.api.post("/api/shopper/returns", qualityClaim(1, random, nil), auth());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().at("/photoIds").toString()).contains(random.toString()).contains(nil.toString());
		assertThat(casesOfShopper()).isZero();
	}

	@Test
	void refusesAnotherShoppersPhoto() throws Exception {
		String other = "photo-other-" + UUID.randomUUID().toString().substring(0, 8);
		UUID theirs = uploadedPhoto(other);
		HttpApi.Response refused = this.api.post("/api/shopper/returns", qualityClaim(1, theirs), auth());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/photoIds/0").asText()).isEqualTo(theirs.toString());
		assertThat(casesOfShopper()).isZero();
	}

	@Test
	void countsTheShoppersOwnPhotoAndSendsAPhotoUsedAgainToReview() throws Exception {
		UUID mine = uploadedPhoto(this.shopper);
		HttpApi.Response first = this.api.post("/api/shopper/returns", qualityClaim(1, mine), auth());
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().at("/state").asText()).isNotEqualTo("UNDER_REVIEW");
		HttpApi.Response again = this.api.post("/api/shopper/returns", qualityClaim(2, mine), auth());
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(again.json().at("/decision/rules").toString()).contains("photos-used-before");
	}

	@Test
	void letsAnAgentCiteOnlyPhotosOfThatShoppersConversations() throws Exception {
		String other = "photo-other-" + UUID.randomUUID().toString().substring(0, 8);
		UUID theirs = uploadedPhoto(other);
		String body = """
				{"shopId": "demo-shop", "shopperId": "%s", "request": %s}
				""".formatted(this.shopper, qualityClaim(1, theirs));
		HttpApi.Response refused = this.api.post("/api/agent/returns", body, basic("agent", "kefu-agent-demo"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/photoIds/0").asText()).isEqualTo(theirs.toString());
		assertThat(casesOfShopper()).isZero();
		UUID mine = uploadedPhoto(this.shopper);
		String own = """
				{"shopId": "demo-shop", "shopperId": "%s", "request": %s}
				""".formatted(this.shopper, qualityClaim(1, mine));
		assertThat(this.api.post("/api/agent/returns", own, basic("agent", "kefu-agent-demo")).status()).isEqualTo(201);
	}

	private String qualityClaim(int line, UUID... photos) {
		StringBuilder ids = new StringBuilder();
		for (UUID photo : photos) {
			ids.append((ids.isEmpty()) ? "" : ", ").append('"').append(photo).append('"');
		}
		return """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": %d, "quantity": 1, "reason": "QUALITY_ISSUE",
				 "photoIds": [%s]}
				""".formatted(this.orderId, line, ids);
	}

	private UUID uploadedPhoto(String owner) throws Exception {
		String token = ShopperTokens.demoShopper(owner);
		String conversation = this.api.post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		var upload = Photos.upload(this.port, token, conversation, "stain.png", "image/png", Photos.png());
		assertThat(upload.statusCode()).isEqualTo(201);
		return UUID
			.fromString(new HttpApi.Response(upload.statusCode(), "", "", "", upload.body()).json().at("/id").asText());
	}

	private long casesOfShopper() {
		return this.jdbc.sql("select count(*) from return_cases where shop_id = 'demo-shop' and shopper_id = ?")
			.param(this.shopper)
			.query(Long.class)
			.single();
	}

	private String[] auth() {
		return bearer(ShopperTokens.demoShopper(this.shopper));
	}

}
