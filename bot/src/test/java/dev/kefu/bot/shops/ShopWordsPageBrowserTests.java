package dev.kefu.bot.shops;

import java.time.Duration;
import java.util.Map;

import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.chat.StompShopper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop page's "bot's words" tab in a real browser: a shop's admin finds a sentence,
 * rewords it, previews it in the three languages, saves, and the chat then says it.
 */
@KefuIntegrationTest
class ShopWordsPageBrowserTests {

	private static final String OWN = "不客气，悦居家品随时为您服务！";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Test
	void aShopsAdminRewordsASentencePreviewsItAndTheChatSaysIt() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("home-admin", "kefu-home-admin-demo");
			browser.go("/ops/shop");
			WebDriver page = browser.driver();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("version"), "Version"));
			page.findElement(By.cssSelector("nav button[data-tab=words]")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#words tr[data-key]")));
			page.findElement(By.id("words-search")).sendKeys("不客气！还有");
			browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#words tbody tr[data-key]"), 1));
			WebElement row = page.findElement(By.cssSelector("#words tr[data-key=thanks]"));
			row.findElement(By.name("zhHans")).sendKeys(OWN);
			row.findElement(By.name("en")).sendKeys("You're welcome, from Yuet Home!");
			row.findElement(By.cssSelector("button.preview")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("words-preview"), "不客氣，悅居家品隨時為您服務！"));
			assertThat(page.findElement(By.id("words-preview")).getText()).contains(OWN)
				.contains("You're welcome, from Yuet Home!");
			page.findElement(By.id("save-words")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Saved as version"));
			assertThat(this.shops.of("home-shop").sentences()).containsKey("thanks");
			assertThat(said(ShopperTokens.homeShopper("page-words-" + System.nanoTime()), "谢谢")).isEqualTo(OWN);
		}
		finally {
			StoredSettings stored = this.shops.stored("home-shop").orElseThrow();
			ShopSettings s = stored.settings();
			this.shops.save("home-shop",
					new ShopSettings(s.name(), s.greeting(), s.timeZone(), s.hours(), s.escalation(), s.legalProfile(),
							s.photos(), s.channels(), s.cannedReplies(), s.alerts(), s.quickStarts(), Map.of()),
					stored.version(), "test", "the bundle's words again");
		}
	}

	private String said(String token, String text) throws Exception {
		String conversation = new HttpApi(this.port).post("/api/shopper/conversations", "{}", bearer(token))
			.json()
			.at("/id")
			.asText();
		try (StompShopper socket = StompShopper.connectWithToken(this.port, token)) {
			socket.send(conversation, "p-1", text);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> socket.messages.stream().anyMatch((m) -> "BOT".equals(m.get("sender"))));
			return (String) socket.messages.stream()
				.filter((m) -> "BOT".equals(m.get("sender")))
				.findFirst()
				.orElseThrow()
				.get("text");
		}
	}

}
