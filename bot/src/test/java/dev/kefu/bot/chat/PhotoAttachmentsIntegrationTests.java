package dev.kefu.bot.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.Photos;
import dev.kefu.bot.ShopperTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.kefu.bot.HttpApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos as return evidence: checked by their bytes, stored, referenced by messages, and
 * only ever served back to their owner.
 */
@KefuIntegrationTest
class PhotoAttachmentsIntegrationTests {

	@LocalServerPort
	int port;

	HttpApi api;

	String token;

	String conversation;

	@BeforeEach
	void startConversation() {
		this.api = new HttpApi(this.port);
		this.token = ShopperTokens.demoShopper("photo-" + UUID.randomUUID().toString().substring(0, 8));
		this.conversation = this.api.post("/api/shopper/conversations", "{}", bearer(this.token))
			.json()
			.at("/id")
			.asText();
	}

	@Test
	void storesAPhotoAndServesItBackToItsOwnerOnly() throws Exception {
		byte[] png = png();
		HttpResponse<String> uploaded = upload(this.token, this.conversation, "torn-seam.png", "image/png", png);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		String id = new ObjectMapper().readTree(uploaded.body()).get("id").asText();

		HttpResponse<byte[]> read = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/api/shopper/conversations/" + this.conversation + "/attachments/" + id))
				.header("Authorization", "Bearer " + this.token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(read.body()).isEqualTo(png);

		HttpApi.Response stranger = this.api.get(
				"/api/shopper/conversations/" + this.conversation + "/attachments/" + id,
				bearer(ShopperTokens.demoShopper("someone-else")));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.isProblem()).isTrue();
	}

	@Test
	void refusesFilesThatAreNotThePhotosTheyClaimToBe() throws Exception {
		HttpResponse<String> script = upload(this.token, this.conversation, "x.png", "image/png",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).contains("problem"));
		assertThat(upload(this.token, this.conversation, "x.jpg", "image/jpeg", png()).statusCode()).isEqualTo(400);
		byte[] huge = Arrays.copyOf(png(), 6 * 1024 * 1024);
		assertThat(upload(this.token, this.conversation, "huge.png", "image/png", huge).statusCode()).isEqualTo(413);
	}

	@Test
	void sendsAPhotoWithAMessageAndAcknowledgesIt() throws Exception {
		String id = new ObjectMapper()
			.readTree(upload(this.token, this.conversation, "p.png", "image/png", png()).body())
			.get("id")
			.asText();
		HttpApi.Response sent = this.api.post("/api/shopper/conversations/" + this.conversation + "/messages",
				"{\"clientMessageId\":\"p-1\",\"text\":\"\",\"attachmentIds\":[\"" + id + "\"]}", bearer(this.token));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertThat(sent.json().at("/message/attachmentIds/0").asText()).isEqualTo(id);
		assertThat(sent.json().at("/replies/0/text").asText()).contains("photo");
	}

	@Test
	void refusesAMessageReferencingAnotherConversationsPhoto() throws Exception {
		String otherConversation = this.api.post("/api/shopper/conversations", "{}", bearer(this.token))
			.json()
			.at("/id")
			.asText();
		String foreign = new ObjectMapper()
			.readTree(upload(this.token, otherConversation, "p.png", "image/png", png()).body())
			.get("id")
			.asText();
		HttpApi.Response refused = this.api.post("/api/shopper/conversations/" + this.conversation + "/messages",
				"{\"clientMessageId\":\"p-2\",\"text\":\"see photo\",\"attachmentIds\":[\"" + foreign + "\"]}",
				bearer(this.token));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
	}

	private HttpResponse<String> upload(String token, String conversation, String filename, String type, byte[] bytes)
			throws Exception {
		return Photos.upload(this.port, token, conversation, filename, type, bytes);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static byte[] png() throws Exception {
		return Photos.png();
	}

}
