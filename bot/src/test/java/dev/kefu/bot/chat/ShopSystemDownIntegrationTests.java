package dev.kefu.bot.chat;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's order system is down (WireMock answers 503): the chat says so in plain words
 * and offers a person, instead of failing the turn.
 */
// Another node's settings on the shared test database: it must not run the returns
// deadlines.
@KefuIntegrationTest
@TestPropertySource(properties = { "kefu.integrations.orders.adapter=http", "kefu.returns.tasks.enabled=false",
		"kefu.integrations.http.upstreams.orders.retry-wait=10ms",
		"kefu.integrations.http.upstreams.orders.read-timeout=1s" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = "kefu.integrations.http.upstreams.orders.base-url"))
class ShopSystemDownIntegrationTests {

	@LocalServerPort
	int port;

	@InjectWireMock
	WireMockServer orderSystem;

	@Test
	void saysTheOrderSystemIsNotAnsweringAndOffersAPerson() {
		this.orderSystem.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
		HttpApi api = new HttpApi(this.port);
		String[] auth = bearer(ShopperTokens.demoShopper("down-" + UUID.randomUUID().toString().substring(0, 8)));
		String conversation = api.post("/api/shopper/conversations", "{}", auth).json().at("/id").asText();
		for (String question : new String[] { "我的快递到哪了", "我要退货" }) {
			HttpApi.Response turn = api.post("/api/shopper/conversations/" + conversation + "/messages",
					"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"" + question + "\"}", auth);
			assertThat(turn.status()).isEqualTo(200);
			assertThat(turn.json().at("/replies/0/text").asText()).contains("系统暂时没有响应");
			assertThat(turn.json().at("/replies/0/quickReplies/0/value").asText()).isEqualTo("转人工");
		}
		HttpApi.Response faq = api.post("/api/shopper/conversations/" + conversation + "/messages",
				"{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"退款多久到账\"}", auth);
		assertThat(faq.json().at("/replies/0/entryId").asText()).as("the knowledge base does not need the shop")
			.isEqualTo("refund-time-zh");
	}

}
