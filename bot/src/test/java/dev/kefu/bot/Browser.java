package dev.kefu.bot;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for
 * end-to-end tests of the pages. CI installs both and sets
 * {@code KEFU_REQUIRE_BROWSER=true}, so there a missing browser fails the build; on a
 * machine without them the browser tests are skipped with a message saying what to
 * install.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/**
	 * A browser whose languages are English ({@code en-US}): the staff pages speak
	 * English in it until the staff member chooses another language.
	 * @param port the application's port
	 * @return the browser
	 * @throws Exception if it cannot start
	 */
	public static Browser open(int port) throws Exception {
		return open(port, "en-US");
	}

	/**
	 * A browser that asks for pages in a language, as {@code navigator.languages} and
	 * {@code Accept-Language} say it ({@code zh-CN}, {@code zh-TW}, {@code en-US}).
	 * @param port the application's port
	 * @param language the browser's language
	 * @return the browser
	 * @throws Exception if it cannot start
	 */
	public static Browser open(int port, String language) throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && !"true".equals(System.getenv("KEFU_REQUIRE_BROWSER"))) {
			Assumptions.abort("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install chromium chromium-driver (.ci/run installs them)");
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1400,1000", "--lang=" + language,
					"--user-data-dir=" + Files.createTempDirectory("kefu-chromium-"));
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		// The console log, where the browser reports what a Content-Security-Policy
		// refused.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public void logIn(String username, String password) {
		go("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		// A page opened before the login's redirect lands races the session cookie: on a
		// loaded machine it found the login page instead (KnowledgeOpsPageBrowserTests
		// failed so in CI).
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(30))
				.until((d) -> !URI.create(d.getCurrentUrl()).getPath().equals("/login"));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("the login of " + username + " did not go through: " + this.driver.getCurrentUrl(),
					ex);
		}
	}

	/**
	 * Runs a script in the page.
	 * @param script the script's body ({@code return ...} for a value)
	 * @param arguments its {@code arguments}
	 * @return what it returned
	 */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * What a person reads on the page: its body's text, the options of its lists
	 * included.
	 * @return the text
	 */
	public String text() {
		return String.valueOf(script("return document.body.innerText"));
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
