package dev.kefu.bot.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.Texts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A surge of angry shoppers raises one alert, by webhook (WireMock standing for the
 * shop's chat tool) and by e-mail (a real SMTP server), however often it is evaluated,
 * and one recovery message when it passes.
 */
@KefuIntegrationTest
@TestPropertySource(properties = { "kefu.returns.tasks.enabled=false", "kefu.alerts.angry-surge=1",
		"kefu.alerts.email-to=oncall@shop.test", "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"kefu.alerts.webhook-url=${alerts.chat-tool}/alerts" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = "alerts.chat-tool"))
class AlertsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@InjectWireMock
	WireMockServer chatTool;

	@Autowired
	AlertEvaluator evaluator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Shops shops;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void calm() {
		this.chatTool.stubFor(post(urlPathEqualTo("/alerts")).willReturn(ok()));
		this.jdbc.sql("update escalations set created_at = created_at - interval '1 day' where 'ANGER' = any(reasons)")
			.update();
		this.jdbc.sql("delete from alert_states where key like 'angry-surge:%'").update();
		this.evaluator.evaluate();
	}

	@Test
	void anAngrySurgeIsSentOnceAndItsRecoveryOnce() throws Exception {
		UUID escalation = angryShopperNow();
		List<Alert> fired = this.evaluator.evaluate();
		assertThat(fired).filteredOn((a) -> a.key().equals("angry-surge:alerts-shop"))
			.singleElement()
			.satisfies((a) -> assertThat(a.status()).isEqualTo(Alert.Status.FIRING));
		assertThat(this.evaluator.evaluate()).as("still firing: nothing new to say")
			.noneMatch((a) -> a.key().equals("angry-surge:alerts-shop"));
		this.jdbc.sql("update escalations set created_at = now() - interval '1 hour' where id = ?")
			.param(escalation)
			.update();
		assertThat(this.evaluator.evaluate()).filteredOn((a) -> a.key().equals("angry-surge:alerts-shop"))
			.singleElement()
			.satisfies((a) -> assertThat(a.status()).isEqualTo(Alert.Status.RESOLVED));

		List<String> posted = this.chatTool.findAll(postRequestedFor(urlPathEqualTo("/alerts")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.filter((body) -> body.contains("\"angry-surge:alerts-shop\""))
			.toList();
		assertThat(posted).hasSize(2);
		assertThat(posted.get(0)).contains("\"FIRING\"").contains("escalated for anger");
		assertThat(posted.get(1)).contains("\"RESOLVED\"");
		List<String> subjects = Arrays.stream(mail.getReceivedMessages())
			.map(AlertsIntegrationTests::subject)
			.filter((subject) -> subject.contains("angry-surge:alerts-shop"))
			.toList();
		assertThat(subjects).containsExactly("[Kefu] FIRING angry-surge:alerts-shop",
				"[Kefu] RESOLVED angry-surge:alerts-shop");
	}

	@Test
	void aShopWithItsOwnThresholdIsMeasuredAgainstItAndApartFromOtherShops() {
		String calmShop = "alerts-calm-" + UUID.randomUUID();
		ShopSettings defaults = this.shops.of(calmShop);
		this.shops.create(calmShop,
				new ShopSettings(Texts.of("Calm shop"), defaults.greeting(), defaults.timeZone(), defaults.hours(),
						defaults.escalation(), defaults.legalProfile(), defaults.photos(), defaults.channels(),
						defaults.cannedReplies(), new ShopSettings.Alerts(1, 3, 0.6), defaults.quickStarts()),
				"alerts-test");
		angryShopperNow(calmShop);
		angryShopperNow(calmShop);
		assertThat(this.evaluator.evaluate()).as("two of the three this shop allows")
			.noneMatch((a) -> a.key().equals("angry-surge:" + calmShop));
		angryShopperNow(calmShop);
		assertThat(this.evaluator.evaluate()).filteredOn((a) -> a.key().startsWith("angry-surge:"))
			.singleElement()
			.satisfies((a) -> assertThat(a.key()).isEqualTo("angry-surge:" + calmShop))
			.satisfies((a) -> assertThat(a.detail()).startsWith(calmShop + ": 3 conversations"));
	}

	@Test
	void aShopSystemWhoseBreakerIsOpenIsReportedDownAndBackUp() {
		AtomicInteger open = new AtomicInteger(1);
		Gauge.builder("resilience4j.circuitbreaker.state", open, Number::doubleValue)
			.tags("name", "payments-test", "state", "open")
			.register(this.meters);
		assertThat(this.evaluator.evaluate()).filteredOn((a) -> a.key().equals("upstream-down:payments-test"))
			.singleElement()
			.satisfies((a) -> assertThat(a.detail()).contains("payments-test system is not answering"));
		open.set(0);
		assertThat(this.evaluator.evaluate()).filteredOn((a) -> a.key().equals("upstream-down:payments-test"))
			.singleElement()
			.satisfies((a) -> assertThat(a.status()).isEqualTo(Alert.Status.RESOLVED));
	}

	private UUID angryShopperNow() {
		return angryShopperNow("alerts-shop");
	}

	private UUID angryShopperNow(String shop) {
		UUID conversation = UUID.randomUUID();
		this.jdbc.sql("""
				insert into conversations (id, shop_id, shopper_id, channel, status) values (?, ?, ?, 'app', 'OPEN')
				""").params(conversation, shop, "alert-" + conversation).update();
		UUID escalation = UUID.randomUUID();
		this.jdbc.sql("""
				insert into escalations (id, conversation_id, shop_id, shopper_id, status, priority, reasons, language,
				  skills, summary) values (?, ?, ?, 'x', 'RESOLVED', 1, '{ANGER}', 'zh', '{}', 's')
				""").params(escalation, conversation, shop).update();
		return escalation;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
