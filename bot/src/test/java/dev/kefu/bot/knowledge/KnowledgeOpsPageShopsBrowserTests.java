package dev.kefu.bot.knowledge;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's ops page shows one shop's knowledge base at a time, picked in the
 * header, in a real headless Chromium. The platform admin works for both demo shops.
 */
@KefuIntegrationTest
class KnowledgeOpsPageShopsBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	WebDriver page;

	@BeforeEach
	void logInAsThePlatformAdmin() throws Exception {
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
		this.browser.logIn("admin", "kefu-admin-demo");
		this.browser.go("/ops/kb");
		this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#entries tbody tr"), 0));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void showsAndSearchesThePickedShopsKnowledgeBaseOnly() {
		Select shop = new Select(this.page.findElement(By.id("kb-shop")));
		assertThat(shop.getOptions()).extracting(WebElement::getText).contains("客服演示店 (demo-shop)", "悦居家品 (home-shop)");
		filter("furniture-assembly");
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#entries tbody tr"), 0));

		shop.selectByValue("home-shop");
		filter("furniture-assembly");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "furniture-assembly-en"));
		assertThat(this.page.findElement(By.id("entries")).getText()).contains("furniture-assembly-zh");
		assertThat(this.page.findElement(By.id("export-jsonl")).getAttribute("href")).endsWith("shop=home-shop");

		tryQuestion("How long does delivery take?");
		assertThat(this.page.findElement(By.id("try-reply")).getText()).contains("Hong Kong")
			.doesNotContain("Shanghai");

		shop.selectByValue("demo-shop");
		this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#try-matches tbody tr"), 0));
		tryQuestion("How long does delivery take?");
		assertThat(this.page.findElement(By.id("try-reply")).getText()).contains("Shanghai")
			.doesNotContain("Hong Kong");
	}

	private void filter(String text) {
		this.page.findElement(By.cssSelector("nav button[data-tab=entries]")).click();
		WebElement q = this.page.findElement(By.cssSelector("#entry-filter input[name=q]"));
		q.clear();
		q.sendKeys(text);
		this.page.findElement(By.cssSelector("#entry-filter button")).click();
	}

	private void tryQuestion(String question) {
		this.page.findElement(By.cssSelector("nav button[data-tab=try]")).click();
		WebElement input = this.page.findElement(By.cssSelector("#try-form input[name=question]"));
		input.clear();
		input.sendKeys(question);
		this.page.findElement(By.cssSelector("#try-form button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#try-matches tbody tr"), 0));
	}

}
