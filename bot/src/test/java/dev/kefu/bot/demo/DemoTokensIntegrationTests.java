package dev.kefu.bot.demo;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.HttpApi.Response;
import dev.kefu.bot.KefuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@KefuIntegrationTest
class DemoTokensIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void issuesATokenThatOpensTheDemoShoppersOwnOrders() {
		HttpApi api = new HttpApi(this.port);
		Response issued = api.post("/api/demo/tokens", "{\"shopperId\":\"emma\"}");
		assertThat(issued.status()).isEqualTo(200);

		Response orders = api.get("/api/shopper/orders", bearer(issued.json().at("/token").asText()));
		assertThat(orders.status()).isEqualTo(200);
		assertThat(orders.json().findValuesAsText("orderId")).containsExactly("KF20263002", "KF20263001");
	}

	@Test
	void listsBothDemoShopsByNameAndIssuesAHomeShopTokenThatSeesOnlyThatShopsOrders() {
		HttpApi api = new HttpApi(this.port);
		Response shops = api.get("/api/demo/tokens");
		assertThat(shops.json().findValuesAsText("id")).containsExactly("demo-shop", "home-shop");
		assertThat(shops.json().at("/1/name/zhHant").asText()).isNotBlank();
		assertThat(shops.json().at("/1/shoppers").toString()).contains("kayan");

		Response issued = api.post("/api/demo/tokens", "{\"shopperId\":\"kayan\",\"shopId\":\"home-shop\"}");
		Response orders = api.get("/api/shopper/orders", bearer(issued.json().at("/token").asText()));
		assertThat(orders.json().findValuesAsText("orderId")).containsExactlyInAnyOrder("HK20265001", "HK20265002");

		Response wrongShop = api.post("/api/demo/tokens", "{\"shopperId\":\"kayan\",\"shopId\":\"demo-shop\"}");
		assertThat(wrongShop.status()).isEqualTo(422);
	}

	@Test
	void issuesNoTokenForSomeoneWhoIsNotADemoShopper() {
		Response refused = new HttpApi(this.port).post("/api/demo/tokens", "{\"shopperId\":\"anyone-else\"}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.isProblem()).isTrue();
	}

}
