package dev.kefu.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget as a shop's app embeds it, in a real headless Chromium: in a frame of the
 * app's page, with the app's shopper token; the app hears how many messages are unread,
 * the shopper sees the agent typing and when each message was sent, and the interface
 * speaks Traditional Chinese when asked to.
 */
@KefuIntegrationTest
class WidgetInAppBrowserTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PASSWORD = "widget-e2e-password";

	@LocalServerPort
	int port;

	Browser browser;

	WebDriver page;

	HttpApi api;

	String agent;

	@BeforeEach
	void anAgentOfItsOwnAndABrowser() throws Exception {
		this.api = new HttpApi(this.port);
		this.agent = TestStaff.newAgent(this.port, "widget-", PASSWORD);
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void tellsTheAppHowManyMessagesAreUnreadAndShowsTheAgentTyping() {
		String shopper = "app-" + UUID.randomUUID().toString().substring(0, 8);
		String origin = "http://localhost:" + this.port;
		// The app's page: any page of the same origin, with the widget framed in it and a
		// listener for what the widget posts.
		this.browser.go("/login");
		js().executeScript("""
				window.heard = [];
				window.addEventListener("message", (e) => window.heard.push(e.data));
				const search = document.createElement("input");
				search.id = "app-search";
				document.body.prepend(search);
				const frame = document.createElement("iframe");
				frame.id = "widget";
				frame.style.width = "420px";
				frame.style.height = "640px";
				frame.src = arguments[0];
				document.body.append(frame);
				""", "/chat#token=" + ShopperTokens.demoShopper(shopper) + "&origin=" + origin + "&lang=zh-Hans");
		this.page.switchTo()
			.frame(this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("widget"))));
		new WebDriverWait(this.page, WAIT)
			.until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
		this.page.findElement(By.id("text")).sendKeys("转人工");
		this.page.findElement(By.id("send")).click();
		new WebDriverWait(this.page, WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "人工客服"));
		String conversationId = (String) js().executeScript("return state.conversationId");
		String escalation = claim(conversationId);

		// The shopper looks at the app, not at the chat.
		this.page.switchTo().defaultContent();
		this.page.findElement(By.id("app-search")).click();
		assertThat(this.api.post("/api/agent/escalations/" + escalation + "/typing", "{}", agentAuth()).status())
			.isEqualTo(204);
		this.page.switchTo().frame(this.page.findElement(By.id("widget")));
		WebElement typing = new WebDriverWait(this.page, WAIT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("typing")));
		assertThat(typing.getText()).isEqualTo("客服人员正在输入…");

		assertThat(this.api
			.post("/api/agent/escalations/" + escalation + "/messages",
					"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"您好，我是客服小王\"}", agentAuth())
			.status()).isEqualTo(200);
		WebElement answer = new WebDriverWait(this.page, WAIT)
			.until((d) -> d.findElements(By.cssSelector("#messages .bubble.AGENT"))
				.stream()
				.filter((b) -> b.getText().contains("客服小王"))
				.findFirst()
				.orElse(null));
		assertThat(answer.findElement(By.tagName("time")).getText()).as("when it was sent").matches("\\d{2}:\\d{2}");
		assertThat(this.page.findElement(By.id("typing")).isDisplayed()).as("the answer ends the typing").isFalse();

		this.page.switchTo().defaultContent();
		List<?> heard = new WebDriverWait(this.page, WAIT).until((d) -> {
			List<?> events = (List<?>) js().executeScript("return window.heard");
			return events.stream()
				.anyMatch((e) -> e instanceof Map<?, ?> m && "kefu:unread".equals(m.get("type"))
						&& ((Number) m.get("count")).intValue() >= 1) ? events : null;
		});
		assertThat(heard).as("the app hears the unread count, nothing else")
			.allSatisfy((e) -> assertThat(((Map<?, ?>) e).get("type")).isEqualTo("kefu:unread"));
	}

	@Test
	void speaksTraditionalChineseWhenTheShopperPicksIt() {
		this.browser
			.go("/chat#token=" + ShopperTokens.demoShopper("hant-" + UUID.randomUUID().toString().substring(0, 8)));
		new WebDriverWait(this.page, WAIT)
			.until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
		this.page.findElement(By.id("language")).sendKeys("繁體中文");
		assertThat(this.page.findElement(By.id("send")).getText()).isEqualTo("發送");
		assertThat(this.page.findElement(By.id("connection")).getText()).isEqualTo("已連線");
		assertThat(this.page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hant");
		this.page.findElement(By.id("text")).sendKeys("退款要幾天才會到帳");
		this.page.findElement(By.id("send")).click();
		WebElement answer = new WebDriverWait(this.page, WAIT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .bubble.BOT")));
		assertThat(answer.getText()).contains("個工作日").doesNotContain("个工作日");
		// Taiwan and Hong Kong read times as 上午 / 下午 07:47.
		assertThat(answer.findElement(By.tagName("time")).getText()).matches("(上午|下午)?\\d{2}:\\d{2}");
	}

	private String claim(String conversationId) {
		JsonNode escalation = new WebDriverWait(this.page, WAIT).until((d) -> {
			for (JsonNode waiting : this.api.get("/api/agent/escalations", agentAuth()).json().at("/waiting")) {
				if (conversationId.equals(waiting.at("/escalation/conversationId").asText())) {
					return waiting.at("/escalation");
				}
			}
			return null;
		});
		String id = escalation.at("/id").asText();
		assertThat(this.api.post("/api/agent/escalations/" + id + "/claim", "{}", agentAuth()).status()).isEqualTo(200);
		return id;
	}

	private String[] agentAuth() {
		return HttpApi.basic(this.agent, PASSWORD);
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) this.page;
	}

}
