package dev.kefu.bot.escalation;

import java.util.UUID;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whole handover in real headless Chromium: a shopper writes angrily in Chinese in
 * the chat widget, the conversation appears in the agent console with its reasons and
 * summary, the agent claims it and replies, the shopper sees the reply, the agent
 * resolves it and the shopper is asked for a rating. What the shopper typed is shown as
 * text in the console, never run.
 */
@KefuIntegrationTest
class AgentConsoleBrowserTests {

	private static final String HOSTILE = "<img src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	Browser browser;

	WebDriver page;

	String agent;

	@BeforeEach
	void newAgentAndBrowser() throws Exception {
		this.agent = TestStaff.newAgent(this.port, "e2e-", "console-e2e-password");
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void anAngryShopperIsClaimedAnsweredResolvedAndAskedForARating() {
		this.browser.logIn(this.agent, "console-e2e-password");
		this.browser.go("/console");
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
		String console = this.page.getWindowHandle();

		String shopper = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
		this.page.switchTo().newWindow(WindowType.TAB);
		String widget = this.page.getWindowHandle();
		this.browser.go("/chat#token=" + ShopperTokens.demoShopper(shopper));
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
		say("你们这什么破服务，快递等了十天还没到，气死我了！！！");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "正在为您转接人工客服"));
		say(HOSTILE);
		this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#messages .bubble.SHOPPER:not(.pending)"),
					2));

		this.page.switchTo().window(console);
		WebElement waiting = this.browser.waiting()
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.xpath("//ul[@id='waiting']/li[.//strong[text()='" + shopper + "']]")));
		assertThat(waiting.getText()).contains("P1").contains("anger").contains("等了十天");
		waiting.findElement(By.cssSelector("button.claim")).click();
		WebElement chat = this.browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chats .chat")));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(chat.findElement(By.cssSelector(".messages")), HOSTILE));
		assertThat(chat.findElement(By.cssSelector(".summary")).getText()).contains("the shopper is angry");
		assertThat(chat.findElements(By.cssSelector(".messages img"))).as("shopper text is never HTML").isEmpty();
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> this.page.switchTo().alert());
		chat.findElement(By.cssSelector(".reply textarea")).sendKeys("您好，我是客服，马上帮您催快递");
		chat.findElement(By.cssSelector(".reply button[type=submit]")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElement(chat.findElement(By.cssSelector(".messages")),
					"马上帮您催快递"));

		this.page.switchTo().window(widget);
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#messages .bubble.AGENT"),
					"马上帮您催快递"));

		this.page.switchTo().window(console);
		chat.findElement(By.cssSelector("button.resolve")).click();
		this.browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chats .chat"), 0));

		this.page.switchTo().window(widget);
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "请为本次服务打分"));
		assertThat(this.page.findElements(By.cssSelector("#quick-replies button"))).hasSize(5);
	}

	private void say(String text) {
		this.page.findElement(By.id("text")).sendKeys(text);
		this.page.findElement(By.id("send")).click();
	}

}
