package dev.kefu.integrations.vision;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kefu.returns.evidence.PhotoVisionModel;
import dev.kefu.returns.evidence.ProductFields;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.VisionFinding.ShowsProduct;
import dev.kefu.returns.evidence.VisionFinding.VisibleProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vision model against an OpenAI-compatible endpoint that answers well, slowly, with
 * errors, with broken JSON, with a refusal, or with values and fields it made up: only a
 * well-formed finding is used, nothing else throws or waits past the timeout, and only
 * the photo and the product fields are sent.
 */
@SpringBootTest(classes = VisionConfiguration.class,
		properties = { "kefu.integrations.vision.provider=openai-compatible",
				"kefu.integrations.vision.model=qwen2.5-vl-7b-instruct", "kefu.integrations.vision.timeout=400ms" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = "kefu.integrations.vision.base-url"))
class LangChainPhotoVisionTests {

	private static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5 };

	private static final ProductFields DRESS = new ProductFields("Linen dress, blue, M", "apparel");

	@InjectWireMock
	WireMockServer model;

	@Autowired
	PhotoVisionModel vision;

	@BeforeEach
	void reset() {
		this.model.resetAll();
	}

	@Test
	void readsAWellFormedFindingAndSendsOnlyThePhotoAndTheProductFields() throws Exception {
		answers("{\"shows_product\": \"yes\", \"problem\": \"tear\", \"confidence\": 0.91}");
		assertThat(look()).hasValue(new VisionFinding(ShowsProduct.YES, VisibleProblem.TEAR, 0.91));
		LoggedRequest sent = this.model.findAll(postRequestedFor(urlPathEqualTo("/chat/completions"))).get(0);
		String body = sent.getBodyAsString();
		assertThat(body).contains(Base64.getEncoder().encodeToString(PHOTO))
			.contains("Linen dress, blue, M")
			.contains("apparel")
			.contains("qwen2.5-vl-7b-instruct");
		assertThat(new ObjectMapper().readTree(body).at("/messages").size()).isEqualTo(2);
	}

	@Test
	void readsAFindingInACodeFence() {
		answers("```json\n{\"shows_product\": \"no\", \"problem\": \"none\", \"confidence\": 0.8}\n```");
		assertThat(look()).hasValue(new VisionFinding(ShowsProduct.NO, VisibleProblem.NONE, 0.8));
	}

	@Test
	void givesNoFindingWhenTheModelIsSlowAndDoesNotWaitForIt() {
		this.model.stubFor(post(urlPathEqualTo("/chat/completions"))
			.willReturn(completion("{\"shows_product\": \"yes\", \"problem\": \"stain\", \"confidence\": 0.9}")
				.withFixedDelay(3_000)));
		long start = System.nanoTime();
		assertThat(look()).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
	}

	@Test
	void givesNoFindingWhenTheModelFails() {
		this.model.stubFor(post(urlPathEqualTo("/chat/completions"))
			.willReturn(aResponse().withStatus(500).withBody("{\"error\": {\"message\": \"overloaded\"}}")));
		assertThat(look()).isEmpty();
	}

	@Test
	void givesNoFindingForMalformedAnswers() {
		answers("{\"shows_product\": \"yes\", \"problem\": ");
		assertThat(look()).isEmpty();
		this.model.stubFor(post(urlPathEqualTo("/chat/completions"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{oops")));
		assertThat(look()).isEmpty();
	}

	@Test
	void givesNoFindingWhenTheModelRefuses() {
		answers("I'm sorry, but I can't help with identifying items in this image.");
		assertThat(look()).isEmpty();
	}

	@Test
	void givesNoFindingForValuesItInventsAndIgnoresFieldsItAdds() {
		answers("{\"shows_product\": \"yes\", \"problem\": \"scratch\", \"confidence\": 0.9}");
		assertThat(look()).as("a problem outside the list").isEmpty();
		answers("{\"shows_product\": \"yes\", \"problem\": \"tear\", \"confidence\": 9}");
		assertThat(look()).as("a confidence out of range").isEmpty();
		answers("{\"shows_product\": \"probably\", \"problem\": \"tear\", \"confidence\": 0.9}");
		assertThat(look()).isEmpty();
		answers("{\"shows_product\": \"yes\", \"problem\": \"stain\", \"confidence\": 0.7, "
				+ "\"decision\": \"approve\", \"refund\": 5000}");
		assertThat(look()).hasValue(new VisionFinding(ShowsProduct.YES, VisibleProblem.STAIN, 0.7));
	}

	private Optional<VisionFinding> look() {
		return this.vision.look(PHOTO, "image/jpeg", DRESS);
	}

	private void answers(String content) {
		this.model.stubFor(post(urlPathEqualTo("/chat/completions")).willReturn(completion(content)));
	}

	private static ResponseDefinitionBuilder completion(String content) {
		String body = new ObjectMapper().createObjectNode()
			.put("id", "chatcmpl-1")
			.put("object", "chat.completion")
			.put("created", 1_764_640_000)
			.put("model", "qwen2.5-vl-7b-instruct")
			.set("choices", new ObjectMapper().createArrayNode()
				.add(new ObjectMapper().createObjectNode()
					.put("index", 0)
					.put("finish_reason", "stop")
					.set("message",
							new ObjectMapper().createObjectNode().put("role", "assistant").put("content", content))))
			.toString();
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
