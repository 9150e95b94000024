package dev.kefu.bot.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.Browser;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff pages' screenshots in {@code docs/screenshots} (the README shows them), taken
 * with the browser tests' Chromium on the demo with a few cases, conversations and ninety
 * days of made-up history. Skipped unless asked for:
 * {@code ./mvnw -pl bot -am verify -Dtest=StaffPageScreenshotsBrowserTests -Dsurefire.failIfNoSpecifiedTests=false -Dkefu.docs.screenshots=true}
 * (on its own: the history it writes would change other tests' figures; with
 * {@code KEFU_REQUIRE_BROWSER=true} a missing Chromium fails it instead of skipping). The
 * demo staff keep their languages: each browser asks for its language, none is chosen.
 * Besides each page, the console's tools (a case decided inline, the canned replies "/"
 * lists, a formatted suggestion, a transfer, the shortcuts), the knowledge base's list
 * searched and paged with its confirmation, and the shop's words with a preview; nothing
 * they show is sent or saved, so each screenshot is taken on the same demo.
 */
@KefuIntegrationTest
class StaffPageScreenshotsBrowserTests {

	private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String reviewed;

	String evidenceShopper;

	@BeforeEach
	void theDemoWithSomeHistory() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("kefu.docs.screenshots"),
				"screenshots are taken with -Dkefu.docs.screenshots=true");
		HttpApi api = new HttpApi(this.port);
		String[][] cases = { { "美妆 mei", "保湿精华液 50ml", "cosmetics", "329", "CHANGED_MIND" },
				{ "阿杰", "寬鬆針織毛衣 粉色 S", "apparel", "259", "WRONG_SIZE" },
				{ "emma", "High-rise straight jeans, W28", "apparel", "359", "CHANGED_MIND" },
				{ "小林", "刻字项链", "custom-made", "88", "CHANGED_MIND" } };
		for (String[] c : cases) {
			String shopper = "shot-" + UUID.randomUUID().toString().substring(0, 6);
			String order = TestOrders.delivered(this.jdbc, shopper, 2, TestOrders.Line.of("SHOT", c[1], c[2], c[3]));
			api.post("/api/shopper/returns", """
					{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "%s"}
					""".formatted(order, c[4]), HttpApi.bearer(ShopperTokens.demoShopper(shopper)));
		}
		this.evidenceShopper = withEvidence(api);
		this.jdbc
			.sql("""
					do $$
					declare
					  d int; i int; conv uuid; created timestamptz;
					  pool text[] := array['退款多久到账', '我的快递到哪了', '衣服尺码偏大吗', '請問幾時發貨', '我想退貨，運費誰出？',
					                       'where is my parcel', 'can I exchange the size', '你们这什么破服务，气死我了', '有没有优惠券',
					                       '包裹顯示已送達但我沒收到'];
					begin
					  for d in 1..90 loop
					    for i in 1..(12 + (random() * 14)::int) loop
					      conv := gen_random_uuid();
					      created := date_trunc('day', now() - make_interval(days => d)) + make_interval(hours => 9 + (random() * 12)::int);
					      insert into conversations (id, shop_id, shopper_id, channel, status, created_at, last_seq)
					        values (conv, 'demo-shop', 'shot-' || d || '-' || i, (array['app', 'web', 'livestream'])[1 + (random() * 2)::int],
					                'CLOSED', created, 2);
					      insert into messages (conversation_id, seq, id, sender, body, client_message_id, created_at)
					        values (conv, 1, gen_random_uuid(), 'SHOPPER', pool[1 + (random() * 9)::int], gen_random_uuid()::text, created);
					      insert into messages (conversation_id, seq, id, sender, body, entry_id, created_at)
					        values (conv, 2, gen_random_uuid(), 'BOT', 'answer',
					                (array['refund-time-zh', 'delivery-time-zh', 'size-guide-zh'])[1 + (random() * 2)::int], created);
					      if random() < 0.2 then
					        insert into escalations (id, conversation_id, shop_id, shopper_id, status, priority, reasons, language, skills,
					                                 summary, created_at, claimed_at, first_response_at, closed_at)
					          values (gen_random_uuid(), conv, 'demo-shop', 'shot-' || d || '-' || i, 'RESOLVED', 2,
					                  array[(array['ANGER', 'REQUESTED', 'PARCEL', 'PAYMENT', 'BOT_FAILED_TWICE'])[1 + (random() * 4)::int]],
					                  'zh', '{zh}', 's', created, created + interval '40 seconds',
					                  created + make_interval(secs => 60 + random() * 300), created + interval '8 minutes');
					      end if;
					      if random() < 0.3 then
					        insert into conversation_ratings (conversation_id, score, rated_at)
					          values (conv, 3 + (random() * 2)::int, created + interval '10 minutes');
					      end if;
					    end loop;
					  end loop;
					end $$
					""")
			.update();
	}

	/**
	 * A shopper who sent a copy of another shopper's photo and a blurred one in the chat,
	 * claims a fault in a coat with both and asks for a person: the case the returns page
	 * shows, and the chat the console claims, with their evidence and risk.
	 */
	private String withEvidence(HttpApi api) throws Exception {
		long seed = UUID.randomUUID().getMostSignificantBits();
		String other = ShopperTokens.demoShopper("shot-" + UUID.randomUUID().toString().substring(0, 6));
		upload(other, conversationOf(api, other), Photos.png(Photos.drawn(new Random(seed), 800, 600)));
		String shopper = "shot-" + UUID.randomUUID().toString().substring(0, 6);
		String token = ShopperTokens.demoShopper(shopper);
		String conversation = conversationOf(api, token);
		String copy = upload(token, conversation,
				Photos.png(Photos.resized(Photos.drawn(new Random(seed), 800, 600), 720, 540)));
		String blurred = upload(token, conversation, Photos.blurredPng());
		api.post("/api/shopper/conversations/" + conversation + "/messages", """
				{"clientMessageId": "%s", "text": "大衣袖口开线了，看照片", "attachmentIds": ["%s", "%s"]}
				""".formatted(UUID.randomUUID(), copy, blurred), HttpApi.bearer(token));
		String order = TestOrders.delivered(this.jdbc, shopper, 1,
				TestOrders.Line.of("SHOT-COAT", "羊毛混纺大衣 灰色 L", "apparel", "899"));
		this.reviewed = api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "QUALITY_ISSUE",
				 "photoIds": ["%s", "%s"]}
				""".formatted(order, copy, blurred), HttpApi.bearer(token)).json().at("/id").asText();
		api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"转人工\"}", HttpApi.bearer(token));
		return shopper;
	}

	private static String conversationOf(HttpApi api, String token) {
		return api.post("/api/shopper/conversations", "{}", HttpApi.bearer(token)).json().at("/id").asText();
	}

	private String upload(String token, String conversation, byte[] photo) throws Exception {
		return new ObjectMapper()
			.readTree(Photos.upload(this.port, token, conversation, "p.png", "image/png", photo).body())
			.get("id")
			.asText();
	}

	@Test
	void takeTheStaffPagesScreenshots() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			WebDriver page = browser.driver();
			browser.logIn("ops", "kefu-ops-demo");
			browser.go("/ops/kb");
			// The tabs work once the page has started: clicked until the try box shows.
			browser.waiting().until((driver) -> {
				driver.findElement(By.cssSelector("nav button[data-tab=try]")).click();
				return driver.findElement(By.cssSelector("#try-form input[name=question]")).isDisplayed();
			});
			page.findElement(By.cssSelector("#try-form input[name=question]")).sendKeys("退款要几天到账？");
			page.findElement(By.cssSelector("#try-form button")).click();
			browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#try-matches tbody tr"), 0));
			save(page, "ops-kb-try.png");
			browser.go("/ops/kb");
			browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#entries tbody tr"), 0));
			page.findElement(By.cssSelector("#entries tbody tr")).click();
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "第 1 版"));
			save(page, "ops-kb-zh-Hans.png");
			returnsPage(browser, "ops-returns-zh-Hans.png");
			page.findElement(By.cssSelector("nav button[data-tab=rules]")).click();
			WebElement yaml = browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rules-form textarea")));
			browser.waiting().until((driver) -> !yaml.getDomProperty("value").isBlank());
			save(page, "ops-returns-rules.png");
			browser.go("/ops/insights");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts .plot")));
			save(page, "ops-insights.png");
			browser.go("/ops/shop");
			browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("version"), "第"));
			save(page, "ops-shop.png");
			theBotsWords(browser);
			knowledgeBaseList(browser);
		}
		try (Browser browser = Browser.open(this.port, "zh-TW")) {
			browser.logIn("ops", "kefu-ops-demo");
			returnsPage(browser, "ops-returns-zh-Hant.png");
		}
		try (Browser browser = Browser.open(this.port, "en-US")) {
			browser.logIn("ops", "kefu-ops-demo");
			returnsPage(browser, "ops-returns-en.png");
		}
		try (Browser browser = Browser.open(this.port, "zh-CN")) {
			WebDriver page = browser.driver();
			browser.logIn("agent", "kefu-agent-demo");
			browser.go("/console");
			browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
			String console = page.getWindowHandle();
			for (String said : List.of("你们这什么破服务，快递等了十天还没到，气死我了！！！", "轉人工，我要找真人客服")) {
				String shopper = "shot-" + UUID.randomUUID().toString().substring(0, 6);
				page.switchTo().newWindow(WindowType.TAB);
				browser.go("/chat#token=" + ShopperTokens.demoShopper(shopper));
				browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
				page.findElement(By.id("text")).sendKeys(said);
				page.findElement(By.id("send")).click();
				browser.waiting()
					.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#messages .bubble.BOT"), 0));
				page.close();
				page.switchTo().window(console);
				browser.waiting()
					.until(ExpectedConditions.visibilityOfElementLocated(
							By.xpath("//ul[@id='waiting']/li[.//strong[text()='" + shopper + "']]")));
			}
			page.findElement(By.xpath("//ul[@id='waiting']/li[.//strong[text()='" + this.evidenceShopper
					+ "']]//button[contains(@class, 'claim')]"))
				.click();
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chats .chat")));
			browser.waiting()
				.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#chats .messages li"), 1));
			photosLoaded(browser, "#chats .chat .evidence-photo img", 4);
			save(page, "agent-console-zh-Hans.png");
			consoleTools(browser);
		}
		try (Browser browser = Browser.open(this.port, "en-US")) {
			WebDriver page = browser.driver();
			browser.logIn("agent", "kefu-agent-demo");
			browser.go("/console");
			browser.waiting().until(ExpectedConditions.attributeToBe(By.id("connection"), "class", "online"));
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chats .chat")));
			page.findElement(By.tagName("h1")).click();
			page.findElement(By.tagName("body")).sendKeys("?");
			browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts-help")));
			save(page, "agent-console-shortcuts-en.png");
		}
	}

	/**
	 * The shop page's tab for the bot's words: a sentence found by searching, reworded in
	 * Simplified Chinese and previewed in the three languages (not saved).
	 */
	private static void theBotsWords(Browser browser) throws Exception {
		WebDriver page = browser.driver();
		page.findElement(By.cssSelector("nav button[data-tab=words]")).click();
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#words tr[data-key]")));
		page.findElement(By.id("words-search")).sendKeys("不客气");
		browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#words tbody tr[data-key=thanks]")));
		WebElement row = page.findElement(By.cssSelector("#words tr[data-key=thanks]"));
		row.findElement(By.name("zhHans")).sendKeys("不客气，美妆小铺随时为您服务！");
		row.findElement(By.cssSelector("button.preview")).click();
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("words-preview"), "美妝小鋪"));
		save(page, "ops-shop-words-zh-Hans.png");
	}

	/**
	 * The knowledge base's list searched and paged, then the question asked before an
	 * entry is archived (answered "cancel").
	 */
	private static void knowledgeBaseList(Browser browser) throws Exception {
		WebDriver page = browser.driver();
		browser.go("/ops/kb");
		browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#entries tbody tr"), 0));
		String count = page.findElement(By.id("entries-count")).getText();
		new Select(page.findElement(By.id("page-size"))).selectByValue("20");
		page.findElement(By.cssSelector("#entry-filter input[name=q]")).sendKeys("退");
		page.findElement(By.cssSelector("#entry-filter input[name=q]")).sendKeys(Keys.ENTER);
		browser.waiting().until((driver) -> !count.equals(driver.findElement(By.id("entries-count")).getText()));
		// The last page, shorter than a full one: the paging under it shows.
		String first = page.findElement(By.id("page-of")).getText();
		if (page.findElement(By.id("page-next")).isEnabled()) {
			page.findElement(By.id("page-next")).click();
			browser.waiting().until((driver) -> !first.equals(driver.findElement(By.id("page-of")).getText()));
		}
		save(page, "ops-kb-list-zh-Hans.png");
		page.findElement(By.cssSelector("#entries tbody tr")).click();
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("archive"))).click();
		WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
		save(page, "ops-kb-confirm-zh-Hans.png");
		page.findElement(By.id("confirm-no")).click();
		browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
	}

	/**
	 * The claimed chat's tools, one screenshot each: the case decided inline (a rejection
	 * asks for its reason), the canned replies a "/" lists, a knowledge-base suggestion
	 * shown formatted, and the transfer with its note (none of them sent).
	 */
	private static void consoleTools(Browser browser) throws Exception {
		WebDriver page = browser.driver();
		WebElement chat = page.findElement(By.cssSelector("#chats .chat"));
		WebElement form = browser.waiting()
			.until(ExpectedConditions.visibilityOf(chat.findElement(By.cssSelector("form.decision"))));
		form.findElement(By.cssSelector("button.decide-reject")).click();
		browser.waiting().until((driver) -> !form.findElement(By.cssSelector(".decision-problem")).getText().isBlank());
		centred(browser, form);
		save(page, "agent-console-decide-zh-Hans.png");
		WebElement box = chat.findElement(By.cssSelector(".reply textarea"));
		box.sendKeys("/");
		WebElement list = browser.waiting()
			.until(ExpectedConditions.visibilityOf(chat.findElement(By.cssSelector("ul.canned"))));
		centred(browser, list);
		save(page, "agent-console-canned-zh-Hans.png");
		box.sendKeys(Keys.ESCAPE);
		box.clear();
		box.sendKeys("支持7天无理由退货吗");
		chat.findElement(By.cssSelector("button.suggest")).click();
		WebElement suggestion = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector("#chats .chat .suggestion[data-entry='return-7day-no-reason-zh']")));
		centred(browser, suggestion);
		save(page, "agent-console-suggestion-zh-Hans.png");
		box.clear();
		browser.script("arguments[0].querySelector('.suggestions').replaceChildren()", chat);
		chat.findElement(By.cssSelector(".transfer-box summary")).click();
		WebElement transfer = chat.findElement(By.cssSelector("form.transfer"));
		new Select(transfer.findElement(By.name("kind"))).selectByValue("skill");
		transfer.findElement(By.name("target")).sendKeys("zh");
		transfer.findElement(By.name("note")).sendKeys("照片疑似别人的，请复核");
		centred(browser, transfer);
		save(page, "agent-console-transfer-zh-Hans.png");
	}

	private static void centred(Browser browser, WebElement element) {
		browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	private void returnsPage(Browser browser, String name) throws Exception {
		WebDriver page = browser.driver();
		browser.go("/ops/returns");
		By row = By.cssSelector("#cases tr[data-id='" + this.reviewed + "']");
		browser.waiting().ignoring(StaleElementReferenceException.class).until((driver) -> {
			driver.findElement(row).click();
			return true;
		});
		browser.waiting()
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#case-history tbody tr"), 1));
		photosLoaded(browser, "#case-evidence .evidence-photo img", 2);
		save(page, name);
	}

	private static void photosLoaded(Browser browser, String selector, int count) {
		browser.waiting().ignoring(StaleElementReferenceException.class).until((driver) -> {
			@SuppressWarnings("unchecked")
			List<Long> widths = (List<Long>) browser.script(
					"return [...document.querySelectorAll(arguments[0])].map((img) => img.complete ? img.naturalWidth : 0)",
					selector);
			return widths.size() == count && widths.stream().allMatch((w) -> w > 0);
		});
	}

	private static void save(WebDriver page, String name) throws Exception {
		Path shot = ((TakesScreenshot) page).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
