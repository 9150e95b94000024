package dev.kefu.bot.security;

import java.time.Duration;
import java.time.Instant;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@KefuIntegrationTest
class ShopperAccessIntegrationTests {

	@LocalServerPort
	int port;

	HttpApi api;

	@BeforeEach
	void connect() {
		this.api = new HttpApi(this.port);
	}

	@Test
	void refusesShopperCallsWithoutAToken() {
		for (String path : new String[] { "/api/shopper/conversations", "/api/shopper/orders",
				"/api/shopper/orders/KF20261001" }) {
			Response response = this.api.get(path);
			assertThat(response.status()).as(path).isEqualTo(401);
			assertThat(response.isProblem()).as(path).isTrue();
			assertThat(response.authenticate()).startsWith("Bearer");
		}
	}

	@Test
	void refusesExpiredForgedMalformedAndForeignTokens() {
		String expired = ShopperTokens.sign("demo-shop", "xiaomei", Instant.now().minus(Duration.ofHours(1)),
				ShopperTokens.DEMO_SECRET);
		String forged = ShopperTokens.sign("demo-shop", "xiaomei", Instant.now().plus(Duration.ofHours(1)),
				"a-different-secret-that-is-at-least-32-bytes");
		String unknownShop = ShopperTokens.sign("other-shop", "xiaomei", Instant.now().plus(Duration.ofHours(1)),
				ShopperTokens.DEMO_SECRET);
		String noExpiry = ShopperTokens.sign("demo-shop", "xiaomei", null, ShopperTokens.DEMO_SECRET);
		for (String token : new String[] { expired, forged, unknownShop, noExpiry, "not-a-jwt" }) {
			Response response = this.api.get("/api/shopper/orders", bearer(token));
			assertThat(response.status()).as(token).isEqualTo(401);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.authenticate()).contains("invalid_token");
		}
	}

	@Test
	void refusesStaffCredentialsOnShopperCalls() {
		Response response = this.api.get("/api/shopper/orders", HttpApi.basic("admin", "kefu-admin-demo"));
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void showsAShopperTheirOwnOrdersOnly() {
		Response mine = this.api.get("/api/shopper/orders", bearer(ShopperTokens.demoShopper("xiaomei")));
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().findValuesAsText("orderId")).contains("KF20261001", "KF20261002")
			.doesNotContain("KF20262001", "KF20263001");
		assertThat(mine.json().findValuesAsText("orderId")).containsExactly("KF20261002", "KF20261001", "KF20261003");
		assertThat(mine.json().at("/1/total").decimalValue()).isEqualByComparingTo("378.80");
	}

	@Test
	void readsOwnOrderWithItsLines() {
		Response order = this.api.get("/api/shopper/orders/KF20261001", bearer(ShopperTokens.demoShopper("xiaomei")));
		assertThat(order.status()).isEqualTo(200);
		assertThat(order.json().at("/lines").size()).isEqualTo(2);
		assertThat(order.json().at("/lines/0/sku").asText()).isEqualTo("DRS-0231-M-BLU");
	}

	@Test
	void refusesAnotherShoppersOrderAsIfItDidNotExist() {
		Response theirs = this.api.get("/api/shopper/orders/KF20261001", bearer(ShopperTokens.demoShopper("ahkit")));
		Response missing = this.api.get("/api/shopper/orders/KF99999999", bearer(ShopperTokens.demoShopper("ahkit")));
		assertThat(theirs.status()).isEqualTo(404);
		assertThat(theirs.isProblem()).isTrue();
		assertThat(theirs.body()).doesNotContain("DRS-0231").doesNotContain("xiaomei");
		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	void refusesTheSameShopperIdFromAnotherShop() {
		String otherShopsXiaomei = ShopperTokens.sign("demo-shop-2", "xiaomei", Instant.now().plus(Duration.ofHours(1)),
				ShopperTokens.DEMO_SECRET);
		assertThat(this.api.get("/api/shopper/orders/KF20261001", bearer(otherShopsXiaomei)).status()).isEqualTo(401);
	}

	@Test
	void keepsConversationsToTheirShopper() {
		String alice = ShopperTokens.demoShopper("conversation-owner");
		String mallory = ShopperTokens.demoShopper("conversation-prober");
		Response started = this.api.post("/api/shopper/conversations", "{\"channel\":\"APP\"}", bearer(alice));
		assertThat(started.status()).isEqualTo(201);
		String id = started.json().at("/id").asText();
		assertThat(started.location()).endsWith("/api/shopper/conversations/" + id);

		assertThat(this.api.get("/api/shopper/conversations/" + id, bearer(alice)).status()).isEqualTo(200);
		Response probed = this.api.get("/api/shopper/conversations/" + id, bearer(mallory));
		assertThat(probed.status()).isEqualTo(404);
		assertThat(probed.isProblem()).isTrue();
		assertThat(this.api.get("/api/shopper/conversations", bearer(mallory)).json().findValuesAsText("id"))
			.doesNotContain(id);
		assertThat(this.api.get("/api/shopper/conversations", bearer(alice)).json().findValuesAsText("id"))
			.contains(id);
	}

}
