package dev.kefu.bot.returns;

import java.util.UUID;

import dev.kefu.bot.Browser;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The returns ops page in a real browser: cases by state, deciding one, editing the rules
 * and trying them in a dry run.
 */
@KefuIntegrationTest
class ReturnsOpsPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	WebDriver page;

	@BeforeEach
	void logInAsOps() throws Exception {
		this.browser = Browser.open(this.port);
		this.page = this.browser.driver();
		this.browser.logIn("ops", "kefu-ops-demo");
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void listsACaseUnderReviewAndApprovesItWithAReason() {
		String shopper = "page-" + UUID.randomUUID().toString().substring(0, 8);
		String title = "<img src=x onerror=alert(1)> lipstick " + shopper;
		String orderId = TestOrders.delivered(this.jdbc, shopper, 1,
				TestOrders.Line.of("LIP-T", title, "cosmetics", "159"));
		new dev.kefu.bot.HttpApi(this.port).post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(orderId), dev.kefu.bot.HttpApi.bearer(dev.kefu.bot.ShopperTokens.demoShopper(shopper)));
		this.browser.go("/ops/returns");
		new Select(this.page.findElement(By.cssSelector("#case-filter select"))).selectByValue("UNDER_REVIEW");
		this.page.findElement(By.cssSelector("#case-filter button")).click();
		By caseRow = By.xpath("//tr[td[contains(., '" + shopper + "')]]");
		// The page's first load of the list and the filtered one may both draw the table:
		// the row is read and clicked on whichever drawing stays.
		String rowText = this.browser.waiting().ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement row = driver.findElement(caseRow);
			String text = row.getText();
			row.click();
			return text;
		});
		assertThat(rowText).contains("<img src=x onerror=alert(1)>");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-decision"), "cosmetics-reviewed"));
		this.page.findElement(By.cssSelector("#decide input[name=reason]")).sendKeys("未拆封，同意退货");
		this.page.findElement(By.cssSelector("#decide button[value=APPROVE]")).click();
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-history"), "ops"));
		assertThat(this.page.findElement(By.id("case-title")).getDomAttribute("data-state")).isIn("APPROVED",
				"PICKUP_BOOKED");
	}

	@Test
	void triesDraftRulesInADryRunBeforeSavingThem() {
		this.browser.go("/ops/returns");
		this.page.findElement(By.cssSelector("nav button[data-tab=rules]")).click();
		WebElement yaml = this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rules-form textarea")));
		this.browser.waiting().until((driver) -> !yaml.getAttribute("value").isBlank());
		String draft = yaml.getAttribute("value").replace("max-amount: 500", "max-amount: 5000");
		yaml.clear();
		yaml.sendKeys(draft);
		this.page.findElement(By.cssSelector("nav button[data-tab=dry-run]")).click();
		WebElement price = this.page.findElement(By.cssSelector("#dry-run-form input[name=unitPrice]"));
		price.clear();
		price.sendKeys("800");
		this.page.findElement(By.cssSelector("#dry-run-form button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("dry-run-outcome"), "data-outcome", "REVIEW"));
		this.page.findElement(By.cssSelector("#dry-run-form input[name=useDraft]")).click();
		this.page.findElement(By.cssSelector("#dry-run-form button")).click();
		this.browser.waiting()
			.until(ExpectedConditions.attributeToBe(By.id("dry-run-outcome"), "data-outcome", "APPROVE"));
	}

}
