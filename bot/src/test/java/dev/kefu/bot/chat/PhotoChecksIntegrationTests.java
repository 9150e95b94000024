package dev.kefu.bot.chat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.TestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.kefu.bot.HttpApi.basic;
import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every photo is checked before its upload is acknowledged: an unusable one is stored but
 * not counted, and the shopper is asked at once, in their language, for a clearer one; a
 * copy of a photo sent in another conversation of the shop is a fact the rules see. The
 * checks never refuse a return.
 */
@KefuIntegrationTest
class PhotoChecksIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	String shopper;

	String token;

	String conversation;

	String orderId;

	@BeforeEach
	void shopperWithAConversationAndADeliveredOrder() {
		this.api = new HttpApi(this.port);
		this.shopper = "checks-" + UUID.randomUUID().toString().substring(0, 8);
		this.token = ShopperTokens.demoShopper(this.shopper);
		this.conversation = conversationOf(this.token);
		this.orderId = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("CK-SHIRT-M", "Checked shirt M", "apparel", "199.00"));
	}

	@Test
	void asksForAClearerPhotoAtUploadInTheShoppersLanguageAndScript() throws Exception {
		JsonNode simplified = uploaded(this.token, this.conversation, Photos.blurredPng(), null);
		assertThat(simplified.at("/check/usable").asBoolean(true)).isFalse();
		assertThat(simplified.at("/check/problems").toString()).isEqualTo("[\"BLURRED\"]");
		assertThat(simplified.at("/check/advice").asText()).contains("这张照片").contains("模糊");

		JsonNode traditional = uploaded(this.token, this.conversation, Photos.blurredPng(), "zh-Hant-TW");
		assertThat(traditional.at("/check/advice").asText()).contains("這張照片").contains("模糊");

		JsonNode english = uploaded(this.token, this.conversation, Photos.blurredPng(), "en-GB,en;q=0.8");
		assertThat(english.at("/check/advice").asText()).contains("blurred").doesNotContain("BLURRED");

		JsonNode sharp = uploaded(this.token, this.conversation, Photos.png(), null);
		assertThat(sharp.at("/check/usable").asBoolean(false)).isTrue();
		assertThat(sharp.at("/check/advice").isMissingNode() || sharp.at("/check/advice").isNull()).isTrue();
	}

	@Test
	void asksAgainInTheChatWhenOnlyAnUnusablePhotoIsSent() throws Exception {
		JsonNode blurred = uploaded(this.token, this.conversation, Photos.blurredPng(), null);
		assertThat(this.api
			.post("/api/shopper/conversations/" + this.conversation + "/messages",
					"{\"clientMessageId\":\"c-0\",\"text\":\"你好，衣服有问题\"}", bearer(this.token))
			.status()).isEqualTo(200);
		HttpApi.Response sent = this.api.post("/api/shopper/conversations/" + this.conversation + "/messages",
				"{\"clientMessageId\":\"c-1\",\"text\":\"\",\"attachmentIds\":[\"" + blurred.get("id").asText()
						+ "\"]}",
				bearer(this.token));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertThat(sent.json().at("/replies").size()).isEqualTo(1);
		assertThat(sent.json().at("/replies/0/text").asText()).isEqualTo(blurred.at("/check/advice").asText());
	}

	@Test
	void doesNotCountAnUnusablePhotoAsEvidenceButStillOpensTheReturn() throws Exception {
		UUID blurred = UUID
			.fromString(uploaded(this.token, this.conversation, Photos.blurredPng(), null).get("id").asText());
		HttpApi.Response opened = this.api.post("/api/shopper/returns", qualityClaim(blurred), bearer(this.token));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(opened.json().at("/decision/rules").toString()).contains("quality-claims-need-photos");
	}

	@Test
	void findsACopyOfAnotherShoppersPhotoAfterResizingAndRecompression() throws Exception {
		long seed = UUID.randomUUID().getMostSignificantBits();
		String otherToken = ShopperTokens.demoShopper("checks-other-" + UUID.randomUUID().toString().substring(0, 8));
		UUID original = UUID.fromString(uploaded(otherToken, conversationOf(otherToken),
				Photos.png(Photos.drawn(new Random(seed), 640, 480)), null)
			.get("id")
			.asText());
		byte[] copy = Photos.png(Photos.resized(Photos.drawn(new Random(seed), 640, 480), 560, 420));
		UUID mine = UUID.fromString(uploaded(this.token, this.conversation, copy, null).get("id").asText());
		UUID copied = this.jdbc.sql("select near_duplicate_of from photo_checks where attachment_id = ?")
			.param(mine)
			.query(UUID.class)
			.single();
		assertThat(copied).isEqualTo(original);

		HttpApi.Response opened = this.api.post("/api/shopper/returns", qualityClaim(mine), bearer(this.token));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(opened.json().at("/decision/rules").toString()).contains("photos-used-before");
	}

	@Test
	void aFreshUsablePhotoIsNoCopyAndCounts() throws Exception {
		UUID mine = UUID.fromString(uploaded(this.token, this.conversation, Photos.png(), null).get("id").asText());
		assertThat(this.jdbc.sql("select near_duplicate_of from photo_checks where attachment_id = ?")
			.param(mine)
			.query(UUID.class)
			.optional()).isEmpty();
		HttpApi.Response opened = this.api.post("/api/shopper/returns", qualityClaim(mine), bearer(this.token));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().at("/decision/rules").toString()).doesNotContain("quality-claims-need-photos")
			.doesNotContain("photos-used-before");
	}

	@Test
	void refusesADamagedPhotoWithAProblemAndStoresNothing() throws Exception {
		byte[] png = Photos.png();
		byte[] damaged = Arrays.copyOf(png, 300);
		HttpResponse<String> refused = Photos.upload(this.port, this.token, this.conversation, "d.png", "image/png",
				damaged);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).contains("problem"));
		assertThat(this.jdbc.sql("select count(*) from attachments where conversation_id = ?")
			.param(UUID.fromString(this.conversation))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void showsTheCasesPhotosAndWhatTheChecksFoundToTheShopsStaffOnly() throws Exception {
		byte[] sharpPhoto = Photos.png();
		UUID sharp = UUID.fromString(uploaded(this.token, this.conversation, sharpPhoto, null).get("id").asText());
		UUID blurred = UUID
			.fromString(uploaded(this.token, this.conversation, Photos.blurredPng(), null).get("id").asText());
		String claim = """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "QUALITY_ISSUE",
				 "photoIds": ["%s", "%s"]}
				""".formatted(this.orderId, sharp, blurred);
		HttpApi.Response opened = this.api.post("/api/shopper/returns", claim, bearer(this.token));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String caseId = opened.json().at("/id").asText();
		String[] agent = HttpApi.basic("agent", "kefu-agent-demo");

		HttpApi.Response photos = this.api.get("/api/agent/returns/" + caseId + "/photos", agent);
		assertThat(photos.status()).as(photos.body()).isEqualTo(200);
		JsonNode list = photos.json();
		assertThat(list.size()).isEqualTo(2);
		JsonNode first = list.get(0).get("id").asText().equals(blurred.toString()) ? list.get(0) : list.get(1);
		assertThat(first.get("usable").asBoolean(true)).isFalse();
		assertThat(first.at("/facts/0/zh").asText()).contains("模糊");
		assertThat(first.at("/facts/0/en").asText()).isEqualTo("Blurred");
		assertThat(first.at("/problems").toString()).isEqualTo("[\"BLURRED\"]");

		HttpResponse<byte[]> bytes = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/api/agent/returns/" + caseId + "/photos/" + sharp))
				.header("Authorization", agent[1])
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bytes.statusCode()).isEqualTo(200);
		assertThat(bytes.body()).isEqualTo(sharpPhoto);

		assertThat(this.api
			.get("/api/agent/returns/" + caseId + "/photos/" + sharp, basic("home-agent", "kefu-home-agent-demo"))
			.status()).as("another shop's agent").isEqualTo(404);
		assertThat(this.api.get("/api/agent/returns/" + caseId + "/photos", basic("home-agent", "kefu-home-agent-demo"))
			.status()).isEqualTo(404);

		UUID notCited = UUID.fromString(uploaded(this.token, this.conversation, Photos.png(), null).get("id").asText());
		assertThat(this.api.get("/api/agent/returns/" + caseId + "/photos/" + notCited, agent).status()).isEqualTo(404);
		assertThat(this.api.get("/api/agent/returns/" + caseId + "/photos", bearer(this.token)).status()).isIn(401,
				403);
		assertThat(first.get("citedElsewhere").asBoolean(true)).isFalse();

		String otherOrder = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("CK-SOCKS", "Checked socks", "apparel", "39.00"));
		HttpApi.Response again = this.api.post("/api/shopper/returns", """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "QUALITY_ISSUE",
				 "photoIds": ["%s"]}
				""".formatted(otherOrder, sharp), bearer(this.token));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		JsonNode onTheSecond = this.api.get("/api/agent/returns/" + again.json().at("/id").asText() + "/photos", agent)
			.json();
		assertThat(onTheSecond.at("/0/citedElsewhere").asBoolean(false)).as("the first case cites it").isTrue();
	}

	@Test
	void showsAChatsPhotosAndWhatTheChecksFoundToTheShopsAgentsOnly() throws Exception {
		byte[] sharpPhoto = Photos.png();
		UUID sharp = UUID.fromString(uploaded(this.token, this.conversation, sharpPhoto, null).get("id").asText());
		UUID blurred = UUID
			.fromString(uploaded(this.token, this.conversation, Photos.blurredPng(), null).get("id").asText());
		String[] agent = HttpApi.basic("agent", "kefu-agent-demo");
		String photos = "/api/agent/conversations/" + this.conversation + "/photos";

		HttpApi.Response listed = this.api.get(photos, agent);
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(2);
		assertThat(listed.json().at("/0/id").asText()).isEqualTo(sharp.toString());
		assertThat(listed.json().at("/0/usable").asBoolean(false)).isTrue();
		assertThat(listed.json().at("/0/url").asText()).isEqualTo(photos + "/" + sharp);
		assertThat(listed.json().at("/1/id").asText()).isEqualTo(blurred.toString());
		assertThat(listed.json().at("/1/problems").toString()).isEqualTo("[\"BLURRED\"]");

		HttpResponse<byte[]> bytes = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + photos + "/" + sharp))
				.header("Authorization", agent[1])
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bytes.statusCode()).isEqualTo(200);
		assertThat(bytes.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		assertThat(bytes.body()).isEqualTo(sharpPhoto);

		String[] otherShop = basic("home-agent", "kefu-home-agent-demo");
		assertThat(this.api.get(photos + "/" + sharp, otherShop).status()).as("another shop's agent").isEqualTo(404);
		assertThat(this.api.get(photos, otherShop).status()).isEqualTo(404);
		String otherToken = ShopperTokens.demoShopper("checks-other-" + UUID.randomUUID().toString().substring(0, 8));
		UUID elsewhere = UUID
			.fromString(uploaded(otherToken, conversationOf(otherToken), Photos.png(), null).get("id").asText());
		assertThat(this.api.get(photos + "/" + elsewhere, agent).status()).as("a photo of another conversation")
			.isEqualTo(404);
		assertThat(this.api.get(photos, bearer(this.token)).status()).isIn(401, 403);
	}

	@Test
	void findsTheShopsOwnListingPhotoSentBackResizedAndSendsTheCaseToReviewWithTheFact() throws Exception {
		this.jdbc.sql("update local_order_lines set listing_image_url = ? where order_id = ?")
			.params("https://listing-photos.kefu.invalid/demo-shop/CK-SHIRT-M.png", this.orderId)
			.update();
		HttpResponse<byte[]> listing = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + this.port + "/api/demo/listing-photos/" + this.orderId + "/1"))
				.header("Authorization", "Bearer " + this.token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(listing.statusCode()).isEqualTo(200);
		assertThat(this.api
			.get("/api/demo/listing-photos/" + this.orderId + "/1",
					bearer(ShopperTokens.demoShopper("other-" + UUID.randomUUID().toString().substring(0, 8))))
			.status()).as("another shopper's order").isEqualTo(404);
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(listing.body()));
		BufferedImage smaller = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smaller.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(picture, 0, 0, 600, 600, null);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(smaller, "jpg", jpeg);
		HttpResponse<String> upload = Photos.upload(this.port, this.token, this.conversation, "p.jpg", "image/jpeg",
				jpeg.toByteArray());
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		UUID sentBack = UUID.fromString(JSON.readTree(upload.body()).get("id").asText());

		HttpApi.Response opened = this.api.post("/api/shopper/returns", qualityClaim(sentBack), bearer(this.token));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		assertThat(opened.json().at("/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(opened.json().at("/decision/rules").toString()).contains("listing-photo-sent-back");
		HttpApi.Response photos = this.api.get("/api/agent/returns/" + opened.json().at("/id").asText() + "/photos",
				HttpApi.basic("agent", "kefu-agent-demo"));
		assertThat(photos.json().at("/0/facts").toString()).contains("商品页上的图片").contains("listing photo");

		// The shopper's own photo of another thing is no listing photo.
		String other = TestOrders.delivered(this.jdbc, this.shopper, 2,
				TestOrders.Line.of("CK-SHIRT-L", "Checked shirt L", "apparel", "199.00"));
		this.jdbc.sql("update local_order_lines set listing_image_url = ? where order_id = ?")
			.params("https://listing-photos.kefu.invalid/demo-shop/CK-SHIRT-L.png", other)
			.update();
		UUID own = UUID.fromString(uploaded(this.token, this.conversation, Photos.png(), null).get("id").asText());
		HttpApi.Response fresh = this.api.post("/api/shopper/returns", qualityClaim(own).replace(this.orderId, other),
				bearer(this.token));
		assertThat(fresh.json().at("/decision/rules").toString()).doesNotContain("listing-photo-sent-back");
	}

	private JsonNode uploaded(String token, String conversation, byte[] photo, String language) throws Exception {
		HttpResponse<String> response = (language != null)
				? Photos.upload(this.port, token, conversation, "p.png", "image/png", photo, language)
				: Photos.upload(this.port, token, conversation, "p.png", "image/png", photo);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private String conversationOf(String token) {
		return this.api.post("/api/shopper/conversations", "{}", bearer(token)).json().at("/id").asText();
	}

	private String qualityClaim(UUID photo) {
		return """
				{"kind": "RETURN", "orderId": "%s", "lineNumber": 1, "quantity": 1, "reason": "QUALITY_ISSUE",
				 "photoIds": ["%s"]}
				""".formatted(this.orderId, photo);
	}

}
