package dev.kefu.bot.staff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's language for the staff pages is kept with their account: chosen once,
 * it is theirs in every browser; until then the browser's decides.
 */
@KefuIntegrationTest
class StaffPreferencesTests {

	private static final String PASSWORD = "preferences-password";

	@LocalServerPort
	int port;

	HttpApi api;

	String[] agent;

	@BeforeEach
	void anAgentOfItsOwn() {
		this.api = new HttpApi(this.port);
		this.agent = basic(TestStaff.newAgent(this.port, "prefs-", PASSWORD), PASSWORD);
	}

	@Test
	void theChosenLanguageIsKeptWithTheAccount() {
		assertThat(this.api.get("/api/staff/me/preferences", this.agent).json().has("language")).isFalse();
		JsonNode browsers = this.api.get("/api/staff/me", with(this.agent, "Accept-Language", "zh-HK,zh;q=0.8")).json();
		assertThat(browsers.at("/language").asText()).as("the browser's, until one is chosen").isEqualTo("zh-Hant");
		assertThat(browsers.at("/languageChosen").asBoolean()).isFalse();
		HttpApi.Response saved = this.api.put("/api/staff/me/preferences", "{\"language\": \"zh-Hant\"}", this.agent);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().at("/language").asText()).isEqualTo("zh-Hant");
		assertThat(this.api.get("/api/staff/me/preferences", this.agent).json().at("/language").asText())
			.isEqualTo("zh-Hant");
		HttpApi.Response me = new HttpApi(this.port).get("/api/staff/me",
				with(this.agent, "Accept-Language", "en-US,en;q=0.9"));
		assertThat(me.json().at("/language").asText()).as("in another browser too").isEqualTo("zh-Hant");
		assertThat(me.json().at("/languageChosen").asBoolean()).isTrue();
		this.api.put("/api/staff/me/preferences", "{\"language\": null}", this.agent);
		assertThat(this.api.get("/api/staff/me", with(this.agent, "Accept-Language", "zh-CN"))
			.json()
			.at("/language")
			.asText()).as("no choice: the browser's again").isEqualTo("zh-Hans");
	}

	@Test
	void aLanguageThePagesDoNotSpeakIsRefusedWithAProblem() {
		for (String bad : new String[] { "\"fr\"", "\"zh\"", "\"zh-hant\"", "\"en<script>\"" }) {
			HttpApi.Response refused = this.api.put("/api/staff/me/preferences", "{\"language\": " + bad + "}",
					this.agent);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("language");
		}
		assertThat(this.api.get("/api/staff/me/preferences", this.agent).json().has("language")).isFalse();
	}

	@Test
	void preferencesNeedASignedInStaffMember() {
		HttpApi.Response read = this.api.get("/api/staff/me/preferences", "Accept", "application/json");
		assertThat(read.status()).isEqualTo(401);
		assertThat(read.isProblem()).isTrue();
		HttpApi.Response write = this.api.put("/api/staff/me/preferences", "{\"language\": \"en\"}", "Accept",
				"application/json");
		assertThat(write.status()).isIn(401, 403);
		assertThat(write.isProblem()).isTrue();
	}

	@Test
	void theLoginPageSpeaksTheLanguageLastChosenInThisBrowser() {
		HttpApi browser = new HttpApi(this.port);
		String username = TestStaff.newAgent(this.port, "prefs-login-", PASSWORD);
		browser.logIn(username, PASSWORD);
		String[] csrf = csrf(browser);
		assertThat(browser.put("/api/staff/me/preferences", "{\"language\": \"zh-Hant\"}", csrf).status())
			.isEqualTo(200);
		HttpApi.Response login = browser.get("/login?logout", "Accept-Language", "en");
		assertThat(login.body()).contains("lang=\"zh-Hant\"").contains("員工登入");
		HttpApi.Response denied = browser.get("/ops/kb", "Accept", "text/html", "Accept-Language", "en");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.body()).contains("無權存取此頁面");
	}

	private static String[] csrf(HttpApi browser) {
		var csrf = browser.get("/api/staff/me").json().at("/csrf");
		return new String[] { csrf.at("/headerName").asText(), csrf.at("/token").asText() };
	}

	private static String[] with(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
