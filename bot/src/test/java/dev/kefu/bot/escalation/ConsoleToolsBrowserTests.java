package dev.kefu.bot.escalation;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestStaff;
import dev.kefu.bot.security.regression.ShopFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's tools in real headless Chromium, one browser and one agent for the class:
 * deciding a case from the chat, the title badge and tone for a new case, a canned reply
 * found by "/" with its variables filled, a knowledge-base suggestion shown as formatted
 * text (never as markup) and inserted as plain text, transferring a conversation with a
 * note, and the shopper typing in the widget shown on the chat.
 */
@KefuIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleToolsBrowserTests {

	private static final String PASSWORD = "console-tools-password";

	private static final String LONG_WORD = "订单号" + "A1B2C3D4E5".repeat(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	WebDriver page;

	HttpApi api;

	ShopFixtures fixtures;

	String agent;

	@BeforeAll
	void oneAgentAndOneBrowser() throws Exception {
		this.api = new HttpApi(this.port);
		this.fixtures = new ShopFixtures(this.api, this.jdbc);
		this.agent = TestStaff.newAgent(this.port, "tools-", PASSWORD);
		assertThat(this.api
			.put("/api/admin/staff/" + this.agent + "/routing", "{\"skills\": [], \"capacity\": 50}",
					basic("admin", "kefu-admin-demo"))
			.status()).isEqualTo(200);
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
		this.browser.logIn(this.agent, PASSWORD);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aCaseUnderReviewIsRejectedFromTheChatOnlyWithAReason() {
		Claimed claimed = claimedConversation(true);
		WebElement chat = openConsole(claimed);
		WebElement form = this.browser.waiting()
			.until(ExpectedConditions.visibilityOf(chat.findElement(By.cssSelector("form.decision"))));
		assertThat(form.findElements(By.cssSelector("button.decide-approve"))).hasSize(1);
		form.findElement(By.cssSelector("button.decide-reject")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector(".decision-problem")),
					"Write why"));
		assertThat(state(claimed.caseId())).isEqualTo("UNDER_REVIEW");
		form.findElement(By.name("reason")).sendKeys("Worn: the tags are gone");
		form.findElement(By.cssSelector("button.decide-reject")).click();
		this.browser.waiting().until((d) -> "REJECTED".equals(state(claimed.caseId())));
		this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBe(
					By.cssSelector("#chats .chat[data-id='" + claimed.escalation() + "'] form.decision"), 0));
		assertThat(
				this.api.get("/api/agent/returns/" + claimed.caseId(), agentAuth()).json().at("/decision").toString())
			.contains("Worn: the tags are gone");
	}

	@Test
	void aNewCaseShowsInTheTitleAndChimesUnlessSwitchedOff() {
		this.browser.go("/console");
		waitOnline();
		this.browser.waiting().until((d) -> this.browser.script("return desk.queue !== null && alerts.known !== null"));
		long before = waitingCount();
		long chimes = ((Number) this.browser.script("return alerts.chimes || 0")).longValue();
		this.fixtures.askForAPerson(ShopperTokens.demoShopper(ShopFixtures.newShopper()));
		this.browser.waiting().until((d) -> waitingCount() > before);
		this.browser.waiting().until((d) -> d.getTitle().matches("\\(\\d+\\) .*console.*"));
		assertThat(((Number) this.browser.script("return alerts.chimes || 0")).longValue()).isGreaterThan(chimes);
		assertThat(this.page.getTitle()).startsWith("(" + waitingCount() + ") ");

		this.page.findElement(By.id("alert-badge")).click();
		assertThat(this.page.getTitle()).doesNotStartWith("(");
		this.browser.go("/console");
		waitOnline();
		this.browser.waiting().until((d) -> this.browser.script("return desk.queue !== null"));
		assertThat(this.page.findElement(By.id("alert-badge")).isSelected()).as("the choice is remembered").isFalse();
		assertThat(this.page.getTitle()).doesNotStartWith("(");
		this.page.findElement(By.id("alert-badge")).click();
		this.browser.waiting().until((d) -> d.getTitle().startsWith("("));
	}

	@Test
	void aSlashFindsACannedReplyWithTheShoppersOrderFilledIn() throws Exception {
		String shortcut = "ord" + UUID.randomUUID().toString().substring(0, 4);
		addCannedReply(shortcut, "您好 {shopper}，订单 {order} 已为您查到。");
		Claimed claimed = claimedConversation(true);
		WebElement chat = openConsole(claimed);
		WebElement box = chat.findElement(By.cssSelector(".reply textarea"));
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(box));
		box.sendKeys("/" + shortcut.substring(0, 5));
		WebElement list = this.browser.waiting()
			.until(ExpectedConditions.visibilityOf(chat.findElement(By.cssSelector("ul.canned"))));
		assertThat(list.getText()).contains("/" + shortcut);
		box.sendKeys(Keys.ENTER);
		String order = this.api.get("/api/agent/returns/" + claimed.caseId(), agentAuth())
			.json()
			.at("/orderId")
			.asText();
		this.browser.waiting().until((d) -> box.getDomProperty("value").contains(order));
		assertThat(box.getDomProperty("value")).isEqualTo("您好 " + claimed.shopper() + "，订单 " + order + " 已为您查到。");
		assertThat(list.isDisplayed()).isFalse();
	}

	@Test
	void aSuggestionShowsItsMarkdownAsTextAndActionsAsLabelsAndInsertsPlainText() {
		Claimed claimed = claimedConversation(false);
		WebElement chat = openConsole(claimed);
		WebElement box = chat.findElement(By.cssSelector(".reply textarea"));
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(box));
		box.sendKeys("支持7天无理由退货吗");
		chat.findElement(By.cssSelector("button.suggest")).click();
		this.browser.waiting().until((d) -> first(chat, By.cssSelector(".suggestions .suggestion, .suggestions p")));
		assertThat(chat.findElement(By.cssSelector(".suggestions")).getDomProperty("innerHTML"))
			.as(this.page.findElement(By.id("message")).getText())
			.contains("return-7day-no-reason-zh");
		WebElement suggestion = chat.findElement(By.cssSelector(".suggestion[data-entry='return-7day-no-reason-zh']"));
		assertThat(suggestion.findElement(By.cssSelector(".answer strong")).getText()).isEqualTo("7 天内");
		assertThat(suggestion.findElement(By.cssSelector(".answer .chip.action")).getText()).isEqualTo("申请退货");
		assertThat(suggestion.getText()).doesNotContain("**").doesNotContain("kefu://").doesNotContain("](");
		// An entry with markup in it: shown as the characters it is, nothing parsed or
		// run.
		this.browser.script(
				"showSuggestions(desk.panels.get(arguments[0]), [{ entryId: 'x', question: 'q', "
						+ "answer: '- **a** <img src=x onerror=\"window.hit=1\">\\n- [site](javascript:alert(1))' }])",
				claimed.escalation());
		WebElement hostile = this.browser.waiting()
			.until(ExpectedConditions.visibilityOf(chat.findElement(By.cssSelector(".suggestion[data-entry='x']"))));
		assertThat(hostile.findElements(By.cssSelector("img, script, a"))).isEmpty();
		assertThat(hostile.findElements(By.cssSelector(".answer ul li"))).hasSize(2);
		assertThat(hostile.getText()).contains("<img src=x");
		assertThat(this.browser.script("return window.hit === undefined")).isEqualTo(true);
		this.browser.script("showSuggestions(desk.panels.get(arguments[0]), [])", claimed.escalation());
		chat.findElement(By.cssSelector("button.suggest")).click();
		this.browser.waiting()
			.until((d) -> first(chat,
					By.cssSelector(".suggestion[data-entry='return-7day-no-reason-zh'] button.insert")))
			.click();
		String inserted = box.getDomProperty("value");
		assertThat(inserted).contains("签收之日起 7 天内").endsWith("申请退货").doesNotContain("**").doesNotContain("kefu://");
	}

	@Test
	void shortcutsMoveBetweenChatsSendAndListThemselvesButNotWhileTyping() {
		claimedConversation(false);
		Claimed claimed = claimedConversation(false);
		WebElement chat = openConsole(claimed);
		WebElement box = chat.findElement(By.cssSelector(".reply textarea"));
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(box));
		box.sendKeys("?");
		assertThat(this.page.findElements(By.cssSelector("#shortcuts-help:not([hidden])"))).isEmpty();
		assertThat(box.getDomProperty("value")).isEqualTo("?");
		box.clear();
		box.sendKeys("Ctrl+Enter sends this");
		box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(chat.findElement(By.cssSelector(".messages")),
					"Ctrl+Enter sends this"));
		String focused = (String) this.browser
			.script("return document.querySelector('#chats .chat.focused').dataset.id");
		box.sendKeys(Keys.chord(Keys.ALT, "j"));
		this.browser.waiting()
			.until((d) -> !focused
				.equals(this.browser.script("return document.querySelector('#chats .chat.focused').dataset.id")));
		this.page.findElement(By.tagName("h1")).click();
		this.page.findElement(By.tagName("body")).sendKeys("?");
		WebElement help = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts-help")));
		assertThat(help.getText()).contains("Alt+J").contains("Ctrl+Enter").contains("Resolve");
		this.page.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
		this.browser.waiting().until(ExpectedConditions.invisibilityOf(help));
	}

	@Test
	void aConversationIsTransferredToAnotherAgentWithANote() {
		String colleague = TestStaff.newAgent(this.port, "colleague-", PASSWORD);
		Claimed claimed = claimedConversation(false);
		WebElement chat = openConsole(claimed);
		chat.findElement(By.cssSelector(".transfer-box summary")).click();
		WebElement form = chat.findElement(By.cssSelector("form.transfer"));
		form.findElement(By.name("target")).sendKeys("nobody-at-all");
		form.findElement(By.name("note")).sendKeys("Refund promised, please confirm");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("message"), "class", "error"));
		assertThat(this.api.get("/api/agent/escalations/" + claimed.escalation(), agentAuth())
			.json()
			.at("/escalation/agent")
			.asText()).isEqualTo(this.agent);
		form.findElement(By.name("target")).clear();
		form.findElement(By.name("target")).sendKeys(colleague);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.browser.waiting()
			.until(ExpectedConditions
				.numberOfElementsToBe(By.cssSelector("#chats .chat[data-id='" + claimed.escalation() + "']"), 0));
		assertThat(this.page.findElement(By.id("message")).getText()).contains(colleague);
		// The colleague has no console open, so the sweeper may already have put the chat
		// back in the queue (an absent agent keeps nothing); the transfer and its note
		// stay.
		var queue = this.api.get("/api/agent/escalations", basic(colleague, PASSWORD)).json();
		assertThat(queue.at("/transfers/" + claimed.escalation() + "/transferTo").asText()).as(queue.toString())
			.isEqualTo(colleague);
		assertThat(queue.at("/transfers/" + claimed.escalation() + "/body").asText())
			.isEqualTo("Refund promised, please confirm");
	}

	@Test
	void theShopperTypingInTheWidgetShowsOnTheChatUntilTheMessageComes() {
		String shopper = ShopFixtures.newShopper();
		String token = ShopperTokens.demoShopper(shopper);
		String conversation = this.fixtures.askForAPerson(token);
		String escalation = this.fixtures.escalationOf(conversation);
		assertThat(this.api.post("/api/agent/escalations/" + escalation + "/claim", "", agentAuth()).status())
			.isEqualTo(200);
		this.api.post("/api/agent/escalations/" + escalation + "/notes", "{\"text\": \"" + LONG_WORD + "\"}",
				agentAuth());
		WebElement chat = openConsole(new Claimed(shopper, null, escalation));
		WebElement typing = chat.findElement(By.cssSelector(".shopper-typing"));
		assertThat(typing.isDisplayed()).isFalse();
		String console = this.page.getWindowHandle();
		// The shopper's widget, in another tab, on the conversation the agent has.
		this.page.switchTo().newWindow(WindowType.TAB);
		this.browser.go("/chat");
		this.browser.script(
				"sessionStorage.setItem('kefu.conversation.' + arguments[0].split('.')[1], arguments[1]);"
						+ " location.hash = 'token=' + arguments[0] + '&lang=en'; location.reload();",
				token, conversation);
		waitOnline();
		WebElement box = this.page.findElement(By.id("text"));
		box.sendKeys("Where is my parcel");
		String widget = this.page.getWindowHandle();

		this.page.switchTo().window(console);
		this.browser.waiting().until(ExpectedConditions.visibilityOf(typing));
		assertThat(typing.getText()).isEqualTo("The shopper is typing…");
		this.page.switchTo().window(widget);
		box.sendKeys(Keys.ENTER);
		this.page.switchTo().window(console);
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(chat.findElement(By.cssSelector(".messages")),
					"Where is my parcel"));
		this.browser.waiting().until(ExpectedConditions.invisibilityOf(typing));
		this.page.switchTo().window(widget).close();
		this.page.switchTo().window(console);
	}

	/**
	 * The console with the agent's chats (several, side by side), the claimed one among
	 * them; its note is one long word, and nothing makes the page wider than the window.
	 */
	private WebElement openConsole(Claimed claimed) {
		this.browser.go("/console");
		waitOnline();
		WebElement chat = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector("#chats .chat[data-id='" + claimed.escalation() + "'] .summary")))
			.findElement(By.xpath("./ancestor::article"));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(chat.findElement(By.cssSelector(".notes")), LONG_WORD));
		assertThat(this.browser
			.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("no chat overflows the page")
			.isEqualTo(true);
		return chat;
	}

	private static WebElement first(WebElement root, By by) {
		return root.findElements(by).stream().findFirst().orElse(null);
	}

	private void waitOnline() {
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
	}

	private long waitingCount() {
		return ((Number) this.browser.script("return desk.queue.waiting.filter((w) => w.suitsYou).length")).longValue();
	}

	/**
	 * A shopper who asked for a person, claimed by the test's agent; with a case under
	 * review.
	 */
	private Claimed claimedConversation(boolean withCase) {
		String shopper = ShopFixtures.newShopper();
		String token = ShopperTokens.demoShopper(shopper);
		String caseId = withCase ? this.fixtures.caseUnderReview("demo-shop", token) : null;
		String escalation = this.fixtures.escalationOf(this.fixtures.askForAPerson(token));
		HttpApi.Response claim = this.api.post("/api/agent/escalations/" + escalation + "/claim", "", agentAuth());
		assertThat(claim.status()).as(claim.body()).isEqualTo(200);
		assertThat(this.api
			.post("/api/agent/escalations/" + escalation + "/notes", "{\"text\": \"" + LONG_WORD + "\"}", agentAuth())
			.status()).isEqualTo(200);
		return new Claimed(shopper, caseId, escalation);
	}

	private String state(String caseId) {
		return this.api.get("/api/agent/returns/" + caseId, agentAuth()).json().at("/state").asText();
	}

	private void addCannedReply(String shortcut, String text) {
		String[] admin = basic("admin", "kefu-admin-demo");
		var stored = this.api.get("/api/ops/shops/demo-shop/settings", admin).json();
		ObjectNode settings = (ObjectNode) stored.at("/settings").deepCopy();
		ArrayNode replies = settings.withArray("/cannedReplies");
		replies.addObject().put("shortcut", shortcut).put("language", "zh-Hans").put("text", text);
		ObjectNode edit = settings.objectNode();
		edit.put("basedOnVersion", stored.at("/version").asInt());
		edit.set("settings", settings);
		HttpApi.Response saved = this.api.put("/api/ops/shops/demo-shop/settings", edit.toString(), admin);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private String[] agentAuth() {
		return basic(this.agent, PASSWORD);
	}

	private record Claimed(String shopper, String caseId, String escalation) {
	}

}
