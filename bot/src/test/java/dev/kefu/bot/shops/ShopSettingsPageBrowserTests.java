package dev.kefu.bot.shops;

import java.util.Map;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop settings page in a real browser: a shop's admin changes its greeting, sees the
 * new version, then the change in the history's diff; a mistake is named by its field and
 * saves nothing; another shop is not even offered.
 */
@KefuIntegrationTest
class ShopSettingsPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Test
	void aShopsAdminChangesTheGreetingAndSeesTheChangeInTheHistory() throws Exception {
		// The form does not edit the bot's sentences: its save keeps the shop's own.
		saveSentences(Map.of("thanks", new Texts("不客气！", "", "Any time!")));
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("home-admin", "kefu-home-admin-demo");
			browser.go("/ops/shop");
			WebDriver page = browser.driver();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("version"), "Version"));
			assertThat(page.findElements(By.cssSelector("#shop-picker option"))).extracting(WebElement::getText)
				.containsExactly("悦居家品 (home-shop)");
			WebElement greeting = page.findElement(By.name("greeting.en"));
			greeting.clear();
			greeting.sendKeys("Welcome to Yuet Home <b>today</b>");
			page.findElement(By.name("note")).sendKeys("friendlier greeting");
			page.findElement(By.id("save")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Saved as version"));
			page.findElement(By.cssSelector("nav button[data-tab=history]")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("versions"), "friendlier greeting"));
			page.findElement(By.cssSelector("#versions tbody tr:first-child button")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("diff"), "greeting.en"));
			assertThat(page.findElement(By.id("diff")).getText()).contains("Welcome to Yuet Home <b>today</b>");
			assertThat(page.findElements(By.cssSelector("#diff b"))).as("shown as text").isEmpty();
			assertThat(this.shops.of("home-shop").sentences()).containsKey("thanks");
		}
		finally {
			saveSentences(Map.of());
		}
	}

	private void saveSentences(Map<String, Texts> sentences) {
		StoredSettings stored = this.shops.stored("home-shop").orElseThrow();
		ShopSettings s = stored.settings();
		this.shops.save("home-shop",
				new ShopSettings(s.name(), s.greeting(), s.timeZone(), s.hours(), s.escalation(), s.legalProfile(),
						s.photos(), s.channels(), s.cannedReplies(), s.alerts(), s.quickStarts(), sentences),
				stored.version(), "test", "the bot's words");
	}

	@Test
	void namesTheFieldOfAMistakeAndSavesNothing() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("home-admin", "kefu-home-admin-demo");
			browser.go("/ops/shop");
			WebDriver page = browser.driver();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("version"), "Version"));
			String before = page.findElement(By.id("version")).getText();
			page.findElements(By.cssSelector("#hours tbody tr:first-child .days input:checked"))
				.forEach(WebElement::click);
			page.findElement(By.id("save")).click();
			browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "hours.week[0].days"));
			assertThat(page.findElement(By.id("version")).getText()).isEqualTo(before);
		}
	}

}
