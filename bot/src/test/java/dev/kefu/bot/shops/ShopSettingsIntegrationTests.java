package dev.kefu.bot.shops;

import java.time.Duration;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop's settings as data: versioned with who and why, validated naming the field, a
 * stale edit refused, the history and its diffs, secrets that go in and never come out,
 * and another node's change picked up.
 */
@KefuIntegrationTest
class ShopSettingsIntegrationTests {

	private static final String[] HOME_ADMIN = basic("home-admin", "kefu-home-admin-demo");

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHasTwoShopsThatDecidedDifferently() {
		assertThat(this.shops.zoneOf("demo-shop")).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(this.shops.zoneOf("home-shop")).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
		assertThat(this.shops.of("home-shop").name().in("zh-Hant")).isEqualTo("悅居家品");
		assertThat(this.shops.of("home-shop").hours().week()).hasSize(2);
		assertThat(this.shops.of("demo-shop").legalProfile()).isEqualTo("CN");
		assertThat(this.shops.of("home-shop").legalProfile()).isEqualTo("NONE");
	}

	@Test
	void savesAVersionWithItsAuthorAndShowsWhatChanged() {
		HttpApi api = new HttpApi(this.port);
		JsonNode current = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
		int version = current.at("/version").asInt();
		ObjectNode settings = (ObjectNode) current.at("/settings").deepCopy();
		((ObjectNode) settings.get("greeting")).put("en", "Hello from Yuet Home, v" + (version + 1));
		HttpApi.Response saved = api.put("/api/ops/shops/home-shop/settings", edit(version, settings, "new greeting"),
				HOME_ADMIN);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().at("/version").asInt()).isEqualTo(version + 1);
		assertThat(saved.json().at("/updatedBy").asText()).isEqualTo("home-admin");
		assertThat(this.shops.of("home-shop").greeting().en()).endsWith("v" + (version + 1));
		JsonNode diff = api
			.get("/api/ops/shops/home-shop/settings/diff?from=" + version + "&to=" + (version + 1), HOME_ADMIN)
			.json();
		assertThat(diff).hasSize(1);
		assertThat(diff.get(0).at("/field").asText()).isEqualTo("greeting.en");
		assertThat(api.get("/api/ops/shops/home-shop/settings/versions", HOME_ADMIN).json().get(0).at("/note").asText())
			.isEqualTo("new greeting");
		HttpApi.Response stale = api.put("/api/ops/shops/home-shop/settings", edit(version, settings, "late"),
				HOME_ADMIN);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().at("/latestVersion").asInt()).isEqualTo(version + 1);
	}

	@Test
	void refusesInvalidSettingsNamingEachFieldAndSavesNothing() {
		HttpApi api = new HttpApi(this.port);
		JsonNode current = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
		ObjectNode settings = (ObjectNode) current.at("/settings").deepCopy();
		settings.put("legalProfile", "MARS");
		((ObjectNode) settings.at("/hours/week/0")).putArray("days");
		((ObjectNode) settings.get("escalation")).putArray("firstResponseTargets").add("PT5M").add("PT1M");
		HttpApi.Response refused = api.put("/api/ops/shops/home-shop/settings",
				edit(current.at("/version").asInt(), settings, null), HOME_ADMIN);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors").findValuesAsText("field")).contains("legalProfile",
				"hours.week[0].days", "escalation.firstResponseTargets");
		assertThat(api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json().at("/version").asInt())
			.isEqualTo(current.at("/version").asInt());
		HttpApi.Response badZone = api.put("/api/ops/shops/home-shop/settings",
				edit(current.at("/version").asInt(),
						((ObjectNode) current.at("/settings").deepCopy()).put("timeZone", "Mars/Olympus"), null),
				HOME_ADMIN);
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.json().at("/detail").asText()).contains("timeZone");
	}

	@Test
	void quickStartsTheShopSavedAreTheGreetingsAndInvalidOnesAreRefusedNamingTheField() {
		HttpApi api = new HttpApi(this.port);
		String[] shopper = bearer(ShopperTokens.homeShopper("quick-" + System.nanoTime()));
		JsonNode current = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
		int version = current.at("/version").asInt();
		ObjectNode settings = (ObjectNode) current.at("/settings").deepCopy();
		ArrayNode starts = settings.putArray("quickStarts");
		ObjectNode start = starts.addObject();
		start.putObject("label").put("zhHans", "查保修").put("zhHant", "").put("en", "Warranty");
		start.putObject("text").put("zhHans", "我想问保修").put("zhHant", "").put("en", "A warranty question");
		try {
			HttpApi.Response saved = api.put("/api/ops/shops/home-shop/settings",
					edit(version, settings, "quick starts"), HOME_ADMIN);
			assertThat(saved.status()).isEqualTo(200);
			JsonNode greeting = api.get("/api/shopper/greeting?language=zh-Hant", shopper).json();
			assertThat(greeting.at("/quickStarts").findValuesAsText("label")).containsExactly("查保修");
			assertThat(greeting.at("/quickStarts").findValuesAsText("text")).containsExactly("我想問保修");
			assertThat(api.get("/api/shopper/greeting?language=en", shopper).json().at("/quickStarts/0/label").asText())
				.isEqualTo("Warranty");

			ObjectNode invalid = settings.deepCopy();
			ArrayNode many = invalid.putArray("quickStarts");
			for (int i = 0; i < 7; i++) {
				many.add(start.deepCopy());
			}
			((ObjectNode) many.get(1).get("label")).put("en", "A label far longer than twenty characters");
			HttpApi.Response refused = api.put("/api/ops/shops/home-shop/settings", edit(version + 1, invalid, null),
					HOME_ADMIN);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().at("/errors").findValuesAsText("field")).contains("quickStarts",
					"quickStarts[1].label.en");
			assertThat(api.get("/api/shopper/greeting?language=en", shopper).json().at("/quickStarts"))
				.as("nothing saved")
				.hasSize(1);
		}
		finally {
			JsonNode latest = api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).json();
			ObjectNode restored = (ObjectNode) latest.at("/settings").deepCopy();
			restored.putArray("quickStarts");
			api.put("/api/ops/shops/home-shop/settings", edit(latest.at("/version").asInt(), restored, "defaults"),
					HOME_ADMIN);
		}
		assertThat(api.get("/api/shopper/greeting?language=en", shopper).json().at("/quickStarts").size())
			.as("the defaults again")
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void takesSecretsInAndNeverGivesThemBack() {
		HttpApi api = new HttpApi(this.port);
		assertThat(
				api.put("/api/ops/shops/home-shop/secrets/app.api-key", "{\"value\": \"s3cret-value-123\"}", HOME_ADMIN)
					.status())
			.isEqualTo(204);
		HttpApi.Response listed = api.get("/api/ops/shops/home-shop/secrets", HOME_ADMIN);
		assertThat(listed.body()).contains("app.api-key").doesNotContain("s3cret-value-123");
		assertThat(api.get("/api/ops/shops/home-shop/settings", HOME_ADMIN).body()).doesNotContain("s3cret-value-123");
		assertThat(api.get("/api/ops/shops/demo-shop/secrets", HOME_ADMIN).status()).as("another shop's")
			.isEqualTo(404);
	}

	@Test
	void picksUpSettingsAnotherNodeSaved() {
		this.shops.of("demo-shop");
		this.jdbc.sql("""
				update shop_settings set version = version + 1,
				  settings = jsonb_set(settings, '{greeting,en}', '"Saved on another node"')
				where shop_id = 'demo-shop'
				""").update();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.shops.of("demo-shop").greeting().en().equals("Saved on another node"));
	}

	private static String edit(int version, JsonNode settings, String note) {
		ObjectNode edit = new ObjectMapper().createObjectNode();
		edit.put("basedOnVersion", version);
		edit.set("settings", settings);
		if (note != null) {
			edit.put("note", note);
		}
		return edit.toString();
	}

}
