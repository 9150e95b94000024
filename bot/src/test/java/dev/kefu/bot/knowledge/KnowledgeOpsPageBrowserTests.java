package dev.kefu.bot.knowledge;

import java.util.UUID;

import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
		this.page.findElement(By.id("confirm-yes")).click();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("editor-title"), "data-status", "PUBLISHED"));

		tryQuestion("wedding gift cards?");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#try-matches tbody"), id));
	}

	@Test
	void asksInThePageNamingTheEntryBeforePublishingOrArchivingAndEscapeCancels() {
		String id = "confirm-" + UUID.randomUUID().toString().substring(0, 8);
		HttpApi api = new HttpApi(this.port);
		String[] ops = HttpApi.basic("ops", "kefu-ops-demo");
		api.post("/api/ops/kb/entries",
				"""
						{"id":"%s","question":"Can I collect %s in person?","alternatives":[],"answer":"Yes.","language":"en","category":"test"}"""
					.formatted(id, id),
				ops);
		search(id);
		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entries tbody tr[data-id='" + id + "']")))
			.click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("editor-title"), "data-status", "DRAFT"));
		WebElement dialog = this.page.findElement(By.id("confirm"));

		this.page.findElement(By.id("publish")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOf(dialog));
		assertThat(dialog.getDomProperty("open")).isEqualTo("true");
		assertThat(this.page.findElement(By.id("confirm-text")).getText()).contains(id)
			.contains("Can I collect " + id + " in person?");
		this.page.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		this.browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
		assertThat(status(api, id, ops)).as("Escape publishes nothing").isEqualTo("DRAFT");

		this.page.findElement(By.id("publish")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOf(dialog));
		this.page.findElement(By.id("confirm-no")).click();
		this.browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
		assertThat(status(api, id, ops)).as("Cancel publishes nothing").isEqualTo("DRAFT");

		this.page.findElement(By.id("publish")).click();
		this.page.findElement(By.id("confirm-yes")).click();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("editor-title"), "data-status", "PUBLISHED"));

		this.page.findElement(By.id("archive")).click();
		this.browser.waiting().until(ExpectedConditions.visibilityOf(dialog));
		assertThat(this.page.findElement(By.id("confirm-text")).getText()).contains(id);
		assertThat(this.page.findElement(By.id("confirm-yes")).getText())
			.isEqualTo(this.page.findElement(By.id("archive")).getText());
		this.page.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		this.browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
		assertThat(status(api, id, ops)).as("Escape archives nothing").isEqualTo("PUBLISHED");
		this.page.findElement(By.id("archive")).click();
		this.page.findElement(By.id("confirm-yes")).click();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("editor-title"), "data-status", "ARCHIVED"));
		assertThat(status(api, id, ops)).isEqualTo("ARCHIVED");
	}

	@Test
	void saysTheEditorsWarningsInTheStaffMembersLanguage() {
		String id = "warned-" + UUID.randomUUID().toString().substring(0, 8);
		new HttpApi(this.port).post("/api/ops/kb/entries",
				"""
						{"id":"%s","question":"%s 今晚直播有赠品吗？","alternatives":[],"answer":"是的！今晚下单就送。","language":"zh","category":"test"}"""
					.formatted(id, id),
				HttpApi.basic("ops", "kefu-ops-demo"));
		search(id);
		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entries tbody tr[data-id='" + id + "']")))
			.click();
		By bare = By.cssSelector("#entry-warnings li[data-kind=BARE_YES_OR_NO]");
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(bare));
		this.browser.script("useLanguage('zh-Hans')");
		assertThat(this.page.findElement(bare).getText()).contains("答案以单独的“是的”开头");
		assertThat(
				this.page.findElement(By.cssSelector("#entry-warnings li[data-kind=SEASONAL_WITHOUT_END]")).getText())
			.contains("今晚")
			.contains("失效时间");
		// A problem the server names is said in the staff member's language too.
		this.page.findElement(By.id("new-entry")).click();
		WebElement editor = this.page.findElement(By.id("editor"));
		editor.findElement(By.name("id")).sendKeys(id);
		editor.findElement(By.name("question")).sendKeys("又一个？");
		editor.findElement(By.name("answer")).sendKeys("对。");
		editor.findElement(By.name("category")).sendKeys("test");
		this.page.findElement(By.id("save")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "条目“" + id + "”已存在"));
		this.browser.script("openEntry(arguments[0])", id);
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(bare));
		this.browser.script("useLanguage('zh-Hant')");
		assertThat(this.page.findElement(By.id("message")).getText()).contains("條目「" + id + "」已存在");
		assertThat(this.page.findElement(bare).getText()).contains("答案以單獨的「是的」開頭");
		this.browser.script("useLanguage('en')");
		assertThat(this.page.findElement(bare).getText()).contains("opens with a bare “是的”");
	}

	private static String status(HttpApi api, String id, String[] ops) {
		return api.get("/api/ops/kb/entries/" + id, ops).json().at("/status").asText();
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

	@Test
	void pagesThroughEveryMatchingEntryWithTheCountAndSaysWhenNoneMatch() {
		String marker = "browsed" + UUID.randomUUID().toString().substring(0, 8);
		HttpApi api = new HttpApi(this.port);
		for (int i = 0; i < 55; i++) {
			assertThat(api
				.post("/api/ops/kb/entries",
						"""
								{"id":"%s-%d","question":"Is %s number %d here?","alternatives":[],"answer":"Yes.","language":"en","category":"test"}"""
							.formatted(marker, i, marker, i),
						HttpApi.basic("ops", "kefu-ops-demo"))
				.status()).isEqualTo(201);
		}
		search(marker);
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("entries-count"), "data-total", "55"));
		assertThat(this.page.findElement(By.id("entries-count")).getText()).isEqualTo(words("kb.list.count", 55, 0));
		assertThat(this.page.findElements(By.cssSelector("#entries tbody tr"))).hasSize(50);
		assertThat(this.page.findElement(By.id("page-of")).getText()).isEqualTo(words("kb.list.pageOf", 1, 2));
		assertThat(this.page.findElement(By.id("page-previous")).isEnabled()).isFalse();

		this.page.findElement(By.id("page-next")).click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("page-of"), "data-page", "2"));
		assertThat(this.page.findElements(By.cssSelector("#entries tbody tr"))).hasSize(5);
		assertThat(this.page.findElement(By.id("page-next")).isEnabled()).isFalse();
		assertThat(this.page.findElement(By.id("entries-empty")).isDisplayed()).isFalse();

		search(marker + "-nothing");
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("entries-count"), "data-total", "0"));
		assertThat(this.page.findElement(By.id("entries-empty")).isDisplayed()).isTrue();
		assertThat(this.page.findElement(By.id("entries-empty")).getText()).isEqualTo(words("kb.list.empty", 0, 0))
			.isNotBlank()
			.doesNotContain("kb.");
		assertThat(this.page.findElement(By.id("page-of")).getText()).isEqualTo(words("kb.list.pageOf", 1, 1));
	}

	// The page's words for a key in the staff member's language (the ops account may have
	// chosen another than English in an earlier test).
	private String words(String key, int first, int second) {
		return (String) this.browser.script(
				"return t(arguments[0], { count: arguments[1], page: arguments[1], pages: arguments[2] })", key, first,
				second);
	}

	private void search(String text) {
		WebElement input = this.page.findElement(By.cssSelector("#entry-filter input[name=q]"));
		input.clear();
		input.sendKeys(text);
		this.page.findElement(By.cssSelector("#entry-filter button:not([type=button])")).click();
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
