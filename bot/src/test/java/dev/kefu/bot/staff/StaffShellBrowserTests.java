package dev.kefu.bot.staff;

import java.util.List;

import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.TestStaff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff shell: every staff page has the bar of the pages the member's roles open, who
 * is signed in, the bar's language (remembered) and sign out; a browser that opens a page
 * it may not have, or one that does not exist, gets a page in its language, not JSON.
 */
@KefuIntegrationTest
class StaffShellBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void opsSeeTheirPagesSwitchTheBarsLanguageAndSignOut() throws Exception {
		// The language chosen is kept with the account: an ops member of the test's own.
		String ops = TestStaff.newOps(this.port, "shell-", "shell-ops-password");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(ops, "shell-ops-password");
			browser.go("/ops/kb");
			WebDriver page = browser.driver();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#staff-bar a")));
			assertThat(links(page)).containsExactly("Knowledge base", "Returns", "Insights", "Shop settings");
			assertThat(page.findElement(By.cssSelector("#staff-bar a[aria-current=page]")).getText())
				.isEqualTo("Knowledge base");
			assertThat(page.findElement(By.id("staff-who")).getText()).contains(ops).contains("operations");
			new Select(page.findElement(By.id("staff-language"))).selectByValue("zh-Hant");
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#staff-bar"), "知識庫"));
			browser.go("/ops/insights");
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#staff-bar"), "數據洞察"));
			assertThat(links(page)).containsExactly("知識庫", "退換貨", "數據洞察", "店鋪設定");
			assertThat(page.findElement(By.id("staff-who")).getText()).contains("營運").doesNotContain("OPS");
			page.findElement(By.cssSelector("#staff-logout button")).click();
			browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));
			browser.go("/ops/kb");
			browser.waiting().until(ExpectedConditions.urlContains("/login"));
		}
	}

	@Test
	void anAgentSeesTheConsoleAndGetsAPageNotJsonWhereTheyMayNotGo() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("agent", "kefu-agent-demo");
			browser.go("/console");
			WebDriver page = browser.driver();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#staff-bar a")));
			assertThat(links(page)).containsExactly("Console", "Shop settings");
			browser.go("/ops/kb");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
			assertThat(page.findElement(By.id("error-title")).getText()).isEqualTo("No access to this page");
			assertThat(page.getPageSource()).doesNotContain("\"detail\":");
		}
	}

	@Test
	void errorPagesSpeakTheBrowsersLanguageAndApiCallsKeepProblemDetails() {
		HttpApi api = new HttpApi(this.port);
		String[] agent = basic("agent", "kefu-agent-demo");
		HttpApi.Response denied = api.get("/ops/kb", concat(agent, "Accept",
				"text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language", "zh-TW,zh;q=0.9"));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.contentType()).startsWith("text/html");
		assertThat(denied.body()).contains("無權存取此頁面").contains("lang=\"zh-Hant\"");
		HttpApi.Response deniedToAClient = api.get("/ops/kb", concat(agent, "Accept", "application/json"));
		assertThat(deniedToAClient.status()).isEqualTo(403);
		assertThat(deniedToAClient.isProblem()).isTrue();
		String[] ops = basic("ops", "kefu-ops-demo");
		HttpApi.Response missing = api.get("/ops/no-such-page",
				concat(ops, "Accept", "text/html", "Accept-Language", "zh-CN"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在");
		HttpApi.Response missingApi = api.get("/api/ops/no-such-thing", concat(ops, "Accept", "text/html"));
		assertThat(missingApi.status()).isEqualTo(404);
		assertThat(missingApi.isProblem()).as("API paths always answer with problem details").isTrue();
	}

	private static List<String> links(WebDriver page) {
		return page.findElements(By.cssSelector("#staff-bar a")).stream().map(WebElement::getText).toList();
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
