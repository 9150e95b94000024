package dev.kefu.bot.chat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shoppers' chat widget in a real headless Chromium, talking STOMP to the running
 * application.
 */
@KefuIntegrationTest
class ChatWidgetBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	WebDriver page;

	@BeforeEach
	void openABrowser() throws Exception {
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
	}

	/**
	 * Picks xiaomei, whose demo orders a test needs, from the demo page. Only those tests
	 * do: the test JVM shares one database, so a demo shopper's sends from every test
	 * class count against one rate window.
	 */
	private void pickXiaomei() {
		this.browser.go("/chat");
		this.browser.waiting()
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='xiaomei']")))
			.click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
	}

	/** Opens the widget as the shop's app does, for a shopper of the test's own. */
	private void openAsANewShopper() {
		this.browser
			.go("/chat#token=" + ShopperTokens.demoShopper("widget-" + UUID.randomUUID().toString().substring(0, 8)));
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void answersAnFaqQuestionFromTheKnowledgeBase() {
		openAsANewShopper();
		ask("退款多久到账");
		WebElement answer = waitForBotBubbles(1).get(0);
		assertThat(answer.getAttribute("data-entry")).isEqualTo("refund-time-zh");
		assertThat(answer.getText()).contains("24 小时");
	}

	@Test
	void offersTheShoppersOrdersAsQuickRepliesAndAnswersTheOneTapped() {
		pickXiaomei();
		ask("我的快递到哪了");
		waitForBotBubbles(1);
		List<WebElement> choices = this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#quick-replies button"), 1));
		WebElement shipped = choices.stream()
			.filter((c) -> c.getText().startsWith("KF20261002"))
			.findFirst()
			.orElseThrow();
		shipped.click();
		List<WebElement> bubbles = waitForBotBubbles(2);
		assertThat(bubbles.get(1).getText()).contains("KF20261002").contains("已发货").contains("SF1400286511");
	}

	@Test
	void switchesItsOwnLabelsToEnglishAndRepliesInTheShoppersLanguage() {
		openAsANewShopper();
		this.page.findElement(By.id("language")).sendKeys("English");
		assertThat(this.page.findElement(By.id("send")).getText()).isEqualTo("Send");
		ask("how long does a refund take");
		assertThat(waitForBotBubbles(1).get(0).getText()).contains("business days");
	}

	@Test
	void sendsAPhotoAndShowsIt() throws Exception {
		openAsANewShopper();
		Path photo = Files.createTempFile("seam-", ".png");
		photo.toFile().deleteOnExit();
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(image, "png", photo.toFile());
		ask("衣服有质量问题");
		waitForBotBubbles(1);
		this.page.findElement(By.id("photo")).sendKeys(photo.toString());
		WebElement reply = waitForBotBubbles(2).get(1);
		assertThat(reply.getText()).contains("照片");
		this.browser.waiting()
			.until(ExpectedConditions.attributeContains(By.cssSelector("#messages .bubble.SHOPPER img"), "src",
					"blob:"));
	}

	@Test
	void startsAReturnThroughQuickReplies() {
		pickXiaomei();
		ask("我要退货");
		tap("法式碎花连衣裙");
		tap("尺码不合适");
		tap("确认提交");
		WebDriverWait wait = new WebDriverWait(this.page, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.textMatches(By.id("messages"), Pattern.compile("已通过")));
		wait.until(ExpectedConditions.textMatches(By.id("messages"), Pattern.compile("运单号 KLR")));
	}

	private void tap(String labelStart) {
		new WebDriverWait(this.page, Duration.ofSeconds(15))
			.until((driver) -> driver.findElements(By.cssSelector("#quick-replies button"))
				.stream()
				.filter((b) -> b.getText().startsWith(labelStart))
				.findFirst()
				.orElse(null))
			.click();
	}

	@Test
	void letsTheDemoPickAShopperOfTheSecondShopWhoSeesThatShopsOrdersOnly() {
		this.browser.go("/chat");
		WebElement homeShop = this.browser.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.xpath("//div[@class='demo-shop'][button[text()='kayan']]")));
		assertThat(homeShop.getText()).doesNotContain("xiaomei");
		homeShop.findElement(By.xpath("button[text()='kayan']")).click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
		ask("我的快递到哪了");
		waitForBotBubbles(1);
		List<WebElement> choices = this.browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#quick-replies button"), 1));
		assertThat(choices).extracting(WebElement::getText).allMatch((choice) -> choice.startsWith("HK2026"));
	}

	@Test
	void keepsTheLatestMessageInViewWhenThePageShrinks() {
		openAsANewShopper();
		int answered = 0;
		for (String question : List.of("退款多久到账", "发什么快递", "衣服怎么洗", "支持7天无理由退货吗")) {
			ask(question);
			answered = this.browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#messages .bubble.BOT"),
						answered))
				.size();
		}
		// A phone's keyboard opening shrinks the page as this does.
		this.page.manage().window().setSize(new Dimension(390, 600));
		this.browser.waiting().until((driver) -> lastBubbleInView());
		assertThat(lastBubbleInView()).isTrue();
	}

	private boolean lastBubbleInView() {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.page).executeScript("""
				const list = document.getElementById("messages");
				const last = list.lastElementChild.getBoundingClientRect();
				return last.bottom <= list.getBoundingClientRect().bottom + 1;
				"""));
	}

	private void ask(String question) {
		this.page.findElement(By.id("text")).sendKeys(question);
		this.page.findElement(By.id("send")).click();
	}

	private List<WebElement> waitForBotBubbles(int count) {
		return new WebDriverWait(this.page, Duration.ofSeconds(15))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#messages .bubble.BOT"), count));
	}

}
