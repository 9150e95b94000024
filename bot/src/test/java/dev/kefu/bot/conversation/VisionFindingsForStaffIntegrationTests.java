package dev.kefu.bot.conversation;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.returns.evidence.PhotoVision;
import dev.kefu.returns.evidence.PhotoVisionModel;
import dev.kefu.returns.evidence.ProductFields;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shop's vision model said of a photo is kept beside it and shown to the shop's
 * staff with the photo, as a fact with its confidence. The model here stands in for the
 * shop's endpoint (its HTTP side is tested in the integrations module); the shop is a new
 * one with the model switched on, so that no other test's shop changes.
 */
// The stand-in model makes this a second application on the shared database, which stays
// cached; without case tasks, so that it never takes the other tests' tasks and says
// their
// news to sockets that are not connected to it.
@KefuIntegrationTest
@Import(VisionFindingsForStaffIntegrationTests.SeesATear.class)
@TestPropertySource(properties = "kefu.returns.tasks.enabled=false")
class VisionFindingsForStaffIntegrationTests {

	private static final String PASSWORD = "vision-staff-password";

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Conversations conversations;

	@Autowired
	Attachments attachments;

	@Autowired
	PhotoVision vision;

	@Test
	void showsTheVisionModelsFindingBesideThePhotoToTheShopsAgents() throws Exception {
		String shopId = "vision-" + UUID.randomUUID().toString().substring(0, 8);
		ShopSettings demo = this.shops.of("demo-shop");
		this.shops.create(shopId,
				new ShopSettings(demo.name(), demo.greeting(), demo.timeZone(), demo.hours(), demo.escalation(),
						demo.legalProfile(), new ShopSettings.Photos(true, true), demo.channels(), demo.cannedReplies(),
						demo.alerts(), demo.quickStarts()),
				"test");
		ShopperRef shopper = new ShopperRef(shopId, "vision-shopper");
		Conversation conversation = this.conversations.start(shopper, Channel.WEB);
		UUID photo = this.attachments.store(shopper, conversation.id(), "image/png", Photos.png()).attachment().id();

		Optional<VisionFinding> seen = this.vision.look(shopper, photo, new ProductFields("Wool coat", "apparel"));
		assertThat(seen).contains(SeesATear.FINDING);

		HttpApi api = new HttpApi(this.port);
		String agent = "vision-agent-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/admin/staff", """
				{"username": "%s", "password": "%s", "shops": {"%s": ["AGENT"]}}
				""".formatted(agent, PASSWORD, shopId), basic("admin", "kefu-admin-demo")).status()).isEqualTo(201);
		String photos = "/api/agent/conversations/" + conversation.id().value() + "/photos";
		HttpApi.Response listed = api.get(photos, basic(agent, PASSWORD));
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		JsonNode found = listed.json().get(0);
		assertThat(found.at("/id").asText()).isEqualTo(photo.toString());
		assertThat(found.at("/vision/showsProduct").asText()).isEqualTo("YES");
		assertThat(found.at("/vision/problem").asText()).isEqualTo("TEAR");
		assertThat(found.at("/vision/confidence").asDouble()).isEqualTo(0.87);
		assertThat(api.get(photos, basic("agent", "kefu-agent-demo")).status()).as("another shop's agent")
			.isEqualTo(404);
	}

	/** The shop's vision model, seeing a tear with some confidence. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SeesATear {

		static final VisionFinding FINDING = new VisionFinding(VisionFinding.ShowsProduct.YES,
				VisionFinding.VisibleProblem.TEAR, 0.87);

		@Bean
		PhotoVisionModel photoVisionModel() {
			return (photo, mediaType, product) -> Optional.of(FINDING);
		}

	}

}
