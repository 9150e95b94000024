package dev.kefu.bot.staff;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.StaffPageWords;
import dev.kefu.bot.TestOrders;
import dev.kefu.bot.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People see the evidence: a shopper sends a copy of another shopper's photo and a
 * blurred one in the chat, asks for a person and claims a fault with both (the shop's
 * vision model saw a tear in the copy). The agent who claims the chat sees the photos in
 * the chat and on the case, each with what the checks found in words, and the return's
 * risk with its level and reasons; ops see the same on the returns page. The images load
 * with the staff session.
 */
@KefuIntegrationTest
class EvidenceOnStaffPagesBrowserTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PASSWORD = "evidence-e2e-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	Browser browser;

	String shopper;

	String escalation;

	@BeforeEach
	void aQualityClaimWithAReusedAndABlurredPhotoFromAChatHandedToAPerson() throws Exception {
		this.api = new HttpApi(this.port);
		long seed = UUID.randomUUID().getMostSignificantBits();
		String other = ShopperTokens.demoShopper("evidence-other-" + UUID.randomUUID().toString().substring(0, 8));
		upload(other, conversationOf(other), Photos.png(Photos.drawn(new Random(seed), 800, 600)));

		this.shopper = "evidence-" + UUID.randomUUID().toString().substring(0, 8);
		String token = ShopperTokens.demoShopper(this.shopper);
		String conversation = conversationOf(token);
		String copy = upload(token, conversation,
				Photos.png(Photos.resized(Photos.drawn(new Random(seed), 800, 600), 720, 540)));
		String blurred = upload(token, conversation, Photos.blurredPng());
		HttpApi.Response sent = this.api.post("/api/shopper/conversations/" + conversation + "/messages", """
				{"clientMessageId": "%s", "text": "衣服破了，看照片", "attachmentIds": ["%s", "%s"]}
				""".formatted(UUID.randomUUID(), copy, blurred), bearer(token));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertThat(this.api
			.post("/api/shopper/conversations/" + conversation + "/messages",
					"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"转人工\"}", bearer(token))
			.status()).isEqualTo(200);
		this.escalation = this.jdbc.sql("select id from escalations where conversation_id = ?")
			.param(UUID.fromString(conversation))
			.query(String.class)
			.single();

		// What the shop's vision model would have said of the copy.
		this.jdbc.sql(
				"insert into photo_vision_findings (attachment_id, shows_product, problem, confidence) values (?, 'YES', 'TEAR', 0.87)")
			.param(UUID.fromString(copy))
			.update();
		String orderId = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("EV-SHIRT", "Evidence shirt " + this.shopper, "apparel", "199.00"));
		HttpApi.Response opened = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "QUALITY_ISSUE",
				 "photoIds": ["%s", "%s"]}
				""".formatted(orderId, copy, blurred), bearer(token));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().at("/decision/risk/signals/0/kind").asText()).isEqualTo("REUSED_PHOTOS");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theAgentSeesThePhotosWithTheirFactsInTheChatAndOnTheCaseAndTheRisk() throws Exception {
		String agent = TestStaff.newAgent(this.port, "evidence-", PASSWORD);
		HttpApi.Response claimed = this.api.post("/api/agent/escalations/" + this.escalation + "/claim", "",
				HttpApi.basic(agent, PASSWORD));
		assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
		this.browser = Browser.open(this.port, "en-US");
		this.browser.logIn(agent, PASSWORD);
		this.browser.go("/console");
		WebElement chat = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chats .chat")));

		// The panel is drawn again on every event of the chat: its text is read once it
		// is all there.
		String onTheCase = textOnceItHas(By.cssSelector("#chats .chat .evidence"), "Return risk", "Counted as evidence",
				"Too blurred");
		assertThat(this.browser.script("return document.querySelector('.chat .evidence .evidence-risk').dataset.level"))
			.isEqualTo("MEDIUM");
		assertThat(onTheCase).contains("Evidence shirt " + this.shopper)
			.contains("Return risk 40/100 · medium")
			.contains("Reused photos (+40)")
			.contains("already used on another request or sent elsewhere in the shop")
			.contains("never proof")
			.contains("Not counted as evidence")
			.contains("Reused: the same photo as one sent in another conversation of the shop")
			.contains("Metadata stripped")
			.contains("Vision model: the product is in the photo (confidence 87%)")
			.contains("Vision model sees a tear (confidence 87%)")
			.contains("not proof");
		assertThat(chat.findElements(By.cssSelector(".evidence .evidence-photo"))).hasSize(2);
		assertImagesLoaded(".chat .evidence .evidence-photo img", 2);

		assertThat(textOnceItHas(By.cssSelector("#chats .chat .messages .evidence-chat"), "Too blurred"))
			.contains("Reused: the same photo");
		assertThat(chat.findElements(By.cssSelector(".messages .evidence-chat .evidence-photo"))).hasSize(2);
		assertImagesLoaded(".chat .messages .evidence-chat img", 2);

		WebElement thumb = chat.findElement(By.cssSelector(".messages .evidence-chat .evidence-thumb"));
		thumb.click();
		WebElement viewer = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-viewer")));
		assertThat((Boolean) this.browser.script("return document.getElementById('evidence-viewer').open")).isTrue();
		assertThat(viewer.getText()).contains("Photo the shopper sent").contains("Reused: the same photo");
		this.browser.waiting()
			.until((d) -> (Long) this.browser
				.script("return document.querySelector('#evidence-viewer img').naturalWidth") > 0);
		this.browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		this.browser.waiting()
			.until((d) -> !(Boolean) this.browser.script("return document.getElementById('evidence-viewer').open"));
		assertThat((Boolean) this.browser.script("return document.activeElement === arguments[0]", thumb))
			.as("the focus is back on the thumbnail")
			.isTrue();
		StaffPageWords.assertSpeaksWords(this.browser, "console");
	}

	@Test
	void opsSeeTheSamePhotosFactsAndRiskOnTheReturnsPageInTraditionalChinese() throws Exception {
		String ops = TestStaff.newOps(this.port, "evidence-ops-", PASSWORD);
		this.browser = Browser.open(this.port, "zh-TW");
		this.browser.logIn(ops, PASSWORD);
		this.browser.go("/ops/returns");
		By caseRow = By.xpath("//tr[td[contains(., '" + this.shopper + "')]]");
		this.browser.waiting().ignoring(StaleElementReferenceException.class).until((driver) -> {
			driver.findElement(caseRow).click();
			return true;
		});
		WebElement evidence = this.browser.driver().findElement(By.id("case-evidence"));
		this.browser.waiting().until((d) -> evidence.findElements(By.cssSelector(".evidence-photo")).size() == 2);
		String text = evidence.getText();
		assertThat(text).contains("證據與風險")
			.contains("退貨風險 40/100 · 中")
			.contains("照片重複使用（+40）")
			.contains("太模糊")
			.contains("未算作證據")
			.contains("重複使用：與本店其他對話中的照片相同")
			.contains("影像模型看到破洞或脫線（可信度 87%）")
			.contains("並非證明")
			.doesNotContain("Reused")
			.doesNotContain("REUSED");
		assertImagesLoaded("#case-evidence .evidence-photo img", 2);
		StaffPageWords.assertSpeaksWords(this.browser, "returns");
	}

	private String textOnceItHas(By where, String... parts) {
		return this.browser.waiting().ignoring(StaleElementReferenceException.class).until((d) -> {
			String text = d.findElement(where).getText();
			return List.of(parts).stream().allMatch(text::contains) ? text : null;
		});
	}

	private void assertImagesLoaded(String selector, int count) {
		this.browser.waiting().until((d) -> {
			@SuppressWarnings("unchecked")
			List<Long> widths = (List<Long>) this.browser.script(
					"return [...document.querySelectorAll(arguments[0])].map((img) => img.complete ? img.naturalWidth : 0)",
					selector);
			return widths.size() == count && widths.stream().allMatch((w) -> w > 0);
		});
	}

	private String conversationOf(String token) {
		return this.api.post("/api/shopper/conversations", "{}", bearer(token)).json().at("/id").asText();
	}

	private String upload(String token, String conversation, byte[] photo) throws Exception {
		var response = Photos.upload(this.port, token, conversation, "p.png", "image/png", photo);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode uploaded = JSON.readTree(response.body());
		return uploaded.get("id").asText();
	}

}
