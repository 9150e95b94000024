package dev.kefu.bot.security.regression;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page sent a Content-Security-Policy. Now every page allows scripts and styles from
 * Kefu's own files only (no inline script), sends nosniff and a Referrer-Policy, and only
 * the shopper's widget may be framed, by the origins the settings list; and every page
 * still works under that policy in a real browser.
 */
@KefuIntegrationTest
@TestPropertySource(properties = { "kefu.returns.tasks.enabled=false",
		"kefu.web.headers.widget-frame-ancestors=https://shop.example.com" })
class SecurityHeadersRegressionTests {

	@LocalServerPort
	int port;

	@Test
	void staffPagesAreNeverFramedAndRunNoInlineScript() throws Exception {
		for (String page : List.of("/login", "/", "/console", "/ops/kb", "/ops/returns", "/ops/insights")) {
			HttpResponse<String> response = get(page);
			String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(page).contains("script-src 'self'").doesNotContain("unsafe-inline");
			assertThat(policy).as(page).contains("frame-ancestors 'none'");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(page).isPresent();
		}
	}

	@Test
	void theWidgetMayBeFramedByTheShopsAppsOnly() throws Exception {
		HttpResponse<String> widget = get("/chat");
		assertThat(widget.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("frame-ancestors 'self' https://shop.example.com")
			.contains("script-src 'self'");
		assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(widget.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void apiAnswersCarryThePolicyToo() throws Exception {
		HttpResponse<String> api = get("/api/shopper/returns");
		assertThat(api.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
		assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void everyPageWorksUnderThePolicyInABrowser() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.go("/chat");
			assertNoViolations(browser, "/chat");
			browser.logIn("admin", "kefu-admin-demo");
			for (String page : List.of("/console", "/ops/kb", "/ops/returns", "/ops/insights")) {
				browser.go(page);
				browser.waiting()
					.until((driver) -> ((JavascriptExecutor) driver).executeScript("return document.readyState")
						.equals("complete"));
				Thread.sleep(500);
				assertNoViolations(browser, page);
			}
		}
	}

	private static void assertNoViolations(Browser browser, String page) {
		List<LogEntry> violations = browser.driver()
			.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getMessage().contains("Content Security Policy"))
			.toList();
		assertThat(violations).as(page).isEmpty();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
