package dev.kefu.bot.knowledge;

import java.util.UUID;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's ops page in a real headless Chromium, against the running
 * application.
 */
@KefuIntegrationTest
class KnowledgeOpsPageBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	WebDriver page;

	@BeforeEach
	void logInAsOps() throws Exception {
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
		this.browser.logIn("ops", "kefu-ops-demo");
		this.browser.go("/ops/kb");
		this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#entries tbody tr"), 0));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void showsRankedMatchesAndTheReplyForATriedQuestion() {
		tryQuestion("退款要幾天才會到帳");
		assertThat(this.page.findElement(By.cssSelector("#try-matches tbody tr .match-entry")).getText())
			.isEqualTo("refund-time-zh");
		assertThat(this.page.findElement(By.cssSelector("#try-reply strong")).getDomAttribute("data-verdict"))
			.isEqualTo("ANSWER");
		assertThat(this.page.findElement(By.id("try-reply")).getText()).contains("個工作日");
	}

	@Test
	void createsPublishesAndThenAnswersWithANewEntry() {
		String id = "page-" + UUID.randomUUID().toString().substring(0, 8);
		this.page.findElement(By.id("new-entry")).click();
		WebElement editor = this.page.findElement(By.id("editor"));
		editor.findElement(By.name("id")).sendKeys(id);
		editor.findElement(By.name("question")).sendKeys("Do you sell gift cards for weddings?");
		editor.findElement(By.name("answer")).sendKeys("Yes: **wedding gift cards** come in a silk pouch.");
		editor.findElement(By.name("language")).sendKeys("English");
		editor.findElement(By.name("category")).sendKeys("gifts");
		assertThat(this.page.findElement(By.cssSelector("#answer-preview strong")).getText())
			.isEqualTo("wedding gift cards");
		this.page.findElement(By.id("save")).click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("editor-title"), "data-status", "DRAFT"));
		this.page.findElement(By.id("publish")).click();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("editor-title"), "data-status", "PUBLISHED"));

		tryQuestion("wedding gift cards?");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#try-matches tbody"), id));
	}

	@Test
	void rendersHostileTextAsText() {
		String id = "page-" + UUID.randomUUID().toString().substring(0, 8);
		this.page.findElement(By.id("new-entry")).click();
		WebElement editor = this.page.findElement(By.id("editor"));
		editor.findElement(By.name("answer"))
			.sendKeys("<img src=x onerror=\"document.title='pwned'\"> [x](javascript:alert(1))");
		assertThat(this.page.findElements(By.cssSelector("#answer-preview img"))).isEmpty();
		assertThat(this.page.findElements(By.cssSelector("#answer-preview a"))).isEmpty();
		assertThat(this.page.findElement(By.id("answer-preview")).getText()).contains("<img src=x");
		assertThat(this.page.getTitle()).doesNotContain("pwned");
		assertThat(id).isNotBlank();
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
