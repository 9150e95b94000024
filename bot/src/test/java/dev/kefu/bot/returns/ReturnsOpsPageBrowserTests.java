package dev.kefu.bot.returns;

import java.util.UUID;

import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
		new HttpApi(this.port).post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(orderId), HttpApi.bearer(ShopperTokens.demoShopper(shopper)));
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
		// The rule is named in words (the staff member's language), never by its YAML id.
		this.browser.waiting().until((driver) -> this.browser.script("return returns.selected != null"));
		String named = (String) this.browser
			.script("return ruleName(returns.selected.decision.ruleNames[0], 'cosmetics-reviewed')");
		assertThat(named).isNotBlank().isNotEqualTo("cosmetics-reviewed");
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-decision"), named));
		assertThat(this.page.findElement(By.id("case-decision")).getText()).doesNotContain("cosmetics-reviewed");
		assertThat(this.page.findElement(By.id("case-history")).getText()).contains(named)
			.doesNotContain("cosmetics-reviewed");
		// In Traditional Chinese the history says the rule's Traditional name and reason.
		this.browser.script("useLanguage('zh-Hant')");
		String hant = (String) this.browser.script("return returns.selected.decision.ruleNames[0]['zh-Hant']");
		String hantReason = (String) this.browser.script("return returns.selected.decision.reasonZhHant");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#case-history .history-decision"),
					hant));
		assertThat(this.page.findElement(By.cssSelector("#case-history .history-decision")).getText())
			.contains(hantReason);
		this.browser.script("useLanguage('en')");
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

	@Test
	void saysOnWhichLineTheRulesAreWrongAndClearsTheLastDryRunWhenTheNextFails() {
		this.browser.go("/ops/returns");
		this.page.findElement(By.cssSelector("nav button[data-tab=dry-run]")).click();
		this.page.findElement(By.cssSelector("#dry-run-form button")).click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dry-run-outcome")));
		this.page.findElement(By.cssSelector("nav button[data-tab=rules]")).click();
		WebElement yaml = this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rules-form textarea")));
		this.browser.waiting().until((driver) -> !yaml.getDomProperty("value").isBlank());
		String broken = yaml.getDomProperty("value").replaceFirst("tier-limits:", "tier-limit:");
		int line = 1
				+ (int) broken.substring(0, broken.indexOf("tier-limit:")).chars().filter((c) -> c == '\n').count();
		this.browser.script("arguments[0].value = arguments[1]", yaml, broken);
		this.page.findElement(By.cssSelector("#rules-form button:not([type=button])")).click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "line " + line));
		assertThat(this.page.findElement(By.id("message")).getText()).contains("tier-limit").contains("tier-limits");
		this.page.findElement(By.cssSelector("nav button[data-tab=dry-run]")).click();
		this.page.findElement(By.cssSelector("#dry-run-form input[name=useDraft]")).click();
		this.page.findElement(By.cssSelector("#dry-run-form button")).click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dry-run-error")));
		assertThat(this.page.findElements(By.id("dry-run-outcome"))).as("the last result is gone").isEmpty();
		assertThat(this.page.findElement(By.id("dry-run-error")).getText()).contains("line " + line);
	}

	@Test
	void fitsACasesHistoryIntoANarrowWindow() {
		String shopper = "narrow-" + UUID.randomUUID().toString().substring(0, 8);
		String orderId = TestOrders.delivered(this.jdbc, shopper, 1, TestOrders.Line.of("NARROW-1",
				"Extra-long-title-without-spaces-" + "x".repeat(60), "cosmetics", "159"));
		new dev.kefu.bot.HttpApi(this.port).post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}
				""".formatted(orderId), dev.kefu.bot.HttpApi.bearer(dev.kefu.bot.ShopperTokens.demoShopper(shopper)));
		for (Dimension size : new Dimension[] { new Dimension(1400, 1000), new Dimension(900, 1000),
				new Dimension(520, 900) }) {
			this.page.manage().window().setSize(size);
			this.browser.go("/ops/returns");
			By caseRow = By.xpath("//tr[td[contains(., '" + shopper + "')]]");
			this.browser.waiting().ignoring(StaleElementReferenceException.class).until((driver) -> {
				driver.findElement(caseRow).click();
				return true;
			});
			this.browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#case-history tbody tr"), 1));
			Object fits = this.browser.script("""
					const detail = document.querySelector('#case-detail').getBoundingClientRect();
					const history = document.querySelector('#case-history').getBoundingClientRect();
					return history.right <= detail.right + 1 && history.left >= detail.left - 1
					  && document.documentElement.scrollWidth <= window.innerWidth;""");
			assertThat(fits).as("the history fits its panel and the window at " + size).isEqualTo(true);
		}
	}

}
