package dev.kefu.integrations.listings;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kefu.integrations.http.HttpIntegrationSettings;
import dev.kefu.returns.evidence.ListingPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listing photo read from the shop's API (WireMock on the order system's own address,
 * the one host allowed by default): a good photo, one too large, one that is no image, a
 * redirect to another host, a slow answer and a trickling body. Each failure is no photo,
 * never an exception.
 */
@SpringBootTest(classes = HttpListingPhotosTests.Wiring.class,
		properties = { "kefu.integrations.orders.adapter=http", "kefu.integrations.listing-photos.max-bytes=200000",
				"kefu.integrations.listing-photos.timeout=1s" })
@EnableWireMock(@ConfigureWireMock(baseUrlProperties = "kefu.integrations.http.upstreams.orders.base-url"))
class HttpListingPhotosTests {

	@InjectWireMock
	WireMockServer shop;

	@Autowired
	ListingPhotos photos;

	private byte[] jpeg;

	@BeforeEach
	void aListingPhoto() throws IOException {
		BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 90, 60));
		g.fillRect(0, 0, 400, 400);
		g.setColor(Color.WHITE);
		g.fillOval(80, 80, 240, 240);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		this.jpeg = out.toByteArray();
	}

	private URI at(String path) {
		return URI.create(this.shop.baseUrl() + path);
	}

	@Test
	void readsAnImageFromTheOrderSystemsHost() {
		this.shop.stubFor(get("/images/good.jpg")
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(this.jpeg)));
		assertThat(this.photos.fetch("shop", at("/images/good.jpg")))
			.hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(this.jpeg));
		this.shop.verify(getRequestedFor(urlPathEqualTo("/images/good.jpg")).withoutHeader("Authorization"));
	}

	@Test
	void readsNothingLargerThanTheLimit() {
		this.shop.stubFor(get("/images/huge.jpg")
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(new byte[200_001])));
		this.shop
			.stubFor(get("/images/huge-chunked.jpg").willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
				.withHeader("Transfer-Encoding", "chunked")
				.withBody(new byte[400_000])));
		assertThat(this.photos.fetch("shop", at("/images/huge.jpg"))).isEmpty();
		assertThat(this.photos.fetch("shop", at("/images/huge-chunked.jpg"))).isEmpty();
	}

	@Test
	void readsNothingThatIsNoImage() {
		this.shop.stubFor(get("/images/page.jpg")
			.willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<html>not a photo</html>")));
		this.shop.stubFor(get("/images/untyped.jpg").willReturn(aResponse().withBody(this.jpeg)));
		this.shop.stubFor(get("/images/missing.jpg").willReturn(aResponse().withStatus(404)));
		assertThat(this.photos.fetch("shop", at("/images/page.jpg"))).isEmpty();
		assertThat(this.photos.fetch("shop", at("/images/untyped.jpg"))).isEmpty();
		assertThat(this.photos.fetch("shop", at("/images/missing.jpg"))).isEmpty();
	}

	@Test
	void followsARedirectOnTheSameHostButNotToAnother() {
		this.shop.stubFor(get("/images/moved.jpg")
			.willReturn(aResponse().withStatus(302).withHeader("Location", "/images/good.jpg")));
		this.shop.stubFor(get("/images/good.jpg")
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(this.jpeg)));
		this.shop.stubFor(get("/images/elsewhere.jpg").willReturn(aResponse().withStatus(302)
			.withHeader("Location", "http://127.0.0.1:" + this.shop.port() + "/images/good.jpg")));
		this.shop.stubFor(get("/images/metadata.jpg").willReturn(
				aResponse().withStatus(301).withHeader("Location", "http://169.254.169.254/latest/meta-data/iam")));
		this.shop.stubFor(get("/images/loop.jpg")
			.willReturn(aResponse().withStatus(302).withHeader("Location", "/images/loop.jpg")));

		assertThat(this.photos.fetch("shop", at("/images/moved.jpg"))).isPresent();
		this.shop.resetRequests();
		assertThat(this.photos.fetch("shop", at("/images/elsewhere.jpg"))).isEmpty();
		assertThat(this.photos.fetch("shop", at("/images/metadata.jpg"))).isEmpty();
		this.shop.verify(0, getRequestedFor(urlPathEqualTo("/images/good.jpg")));
		assertThat(this.photos.fetch("shop", at("/images/loop.jpg"))).isEmpty();
		this.shop.verify(3, getRequestedFor(urlPathEqualTo("/images/loop.jpg")));
	}

	@Test
	void givesUpOnASlowAnswerOrATricklingBodyWithinTheTimeout() {
		this.shop.stubFor(get("/images/slow.jpg")
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(this.jpeg).withFixedDelay(3000)));
		this.shop.stubFor(get("/images/trickle.jpg").willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
			.withBody(this.jpeg)
			.withChunkedDribbleDelay(20, 3000)));
		long start = System.nanoTime();
		assertThat(this.photos.fetch("shop", at("/images/slow.jpg"))).isEmpty();
		assertThat(this.photos.fetch("shop", at("/images/trickle.jpg"))).isEmpty();
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2900);
	}

	@Test
	void neverAsksAHostThatIsNotAllowed() {
		assertThat(this.photos.fetch("shop", URI.create("https://evil.example/1.jpg"))).isEmpty();
		assertThat(this.photos.fetch("shop", URI.create("http://127.0.0.1:" + this.shop.port() + "/images/good.jpg")))
			.isEmpty();
		assertThat(this.shop.getAllServeEvents()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(HttpIntegrationSettings.class)
	@Import(ListingPhotosConfiguration.class)
	static class Wiring {

	}

}
