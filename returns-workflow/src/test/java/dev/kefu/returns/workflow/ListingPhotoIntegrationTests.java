package dev.kefu.returns.workflow;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import dev.kefu.returns.ReturnsTestApplication;
import dev.kefu.returns.ShopSystems;
import dev.kefu.returns.approval.RiskSignal;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.evidence.checks.samples.PhotoSamples;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's own listing photo sent back as evidence, with the real database: the photo
 * is found by the hash the checks at upload stored, after resizing and recompression; it
 * is not counted, the case goes to a person, and the case remembers which photo it was.
 */
@SpringBootTest(classes = ReturnsTestApplication.class)
class ListingPhotoIntegrationTests {

	private static final Duration DAY = Duration.ofDays(1);

	@Autowired
	private ReturnsWorkflow workflow;

	@Autowired
	private ReturnCaseQueries queries;

	@Autowired
	private ShopSystems shop;

	private final ShopperRef shopper = new ShopperRef("shop-" + UUID.randomUUID(), "mei");

	@Test
	void sendsTheShopsOwnListingPhotoResizedAndRecompressedToReviewWithTheFact() {
		long product = 4242;
		BufferedImage listing = PhotoSamples.scene(product, 1200, 1200, 0.6);
		URI url = URI.create("https://img.shop.example/" + this.shopper.shopId() + "/dress.jpg");
		this.shop.listingPhoto(url, PhotoSamples.jpeg(listing, 0.92f));
		byte[] sentBack = PhotoSamples.jpeg(PhotoSamples.resized(listing, 640, 640), 0.7f);
		UUID photo = this.shop.uploadedPhoto(this.shopper, sentBack);

		ReturnCase c = open(url, photo);

		assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
		// Not counted as evidence: the quality claim has no photo left, so that rule
		// fires too.
		assertThat(c.progress().decision().firedRules()).contains("listing-photo-sent-back",
				"quality-claims-need-photos");
		assertThat(c.progress().decision().reason().en()).contains("the shop's own product picture");
		assertThat(c.progress().decision().risk().signals()).extracting(RiskSignal::kind)
			.contains(RiskSignal.Kind.LISTING_PHOTO);
		assertThat(this.queries.listingPhotosOf(c.id())).containsExactly(photo);
	}

	@Test
	void countsTheShoppersOwnPhotoOfTheSameProductAsEvidence() {
		long product = 5151;
		URI url = URI.create("https://img.shop.example/" + this.shopper.shopId() + "/coat.jpg");
		this.shop.listingPhoto(url, PhotoSamples.jpeg(PhotoSamples.scene(product, 1200, 1200, 0.6), 0.92f));
		// The same product, photographed again at home: another surface, another place in
		// the frame.
		UUID photo = this.shop.uploadedPhoto(this.shopper,
				PhotoSamples.jpeg(PhotoSamples.scene(product, 77, 1280, 960, 0.6), 0.85f));

		ReturnCase c = open(url, photo);

		assertThat(c.state()).isEqualTo(CaseState.APPROVED);
		assertThat(c.progress().decision().firedRules()).doesNotContain("listing-photo-sent-back");
		assertThat(c.progress().decision().risk().signals()).extracting(RiskSignal::kind)
			.doesNotContain(RiskSignal.Kind.LISTING_PHOTO);
		assertThat(this.queries.listingPhotosOf(c.id())).isEmpty();
	}

	@Test
	void decidesWithoutTheFactWhenTheListingPhotoCannotBeRead() {
		URI url = URI.create("https://img.shop.example/" + this.shopper.shopId() + "/gone.jpg");
		UUID photo = this.shop.uploadedPhoto(this.shopper,
				PhotoSamples.jpeg(PhotoSamples.scene(6161, 1200, 1200, 0.6), 0.85f));
		int readsBefore = this.shop.listingReads();

		ReturnCase first = open(url, photo);
		UUID another = this.shop.uploadedPhoto(this.shopper,
				PhotoSamples.jpeg(PhotoSamples.scene(6162, 1200, 1200, 0.6), 0.85f));
		ReturnCase second = open(url, another);

		assertThat(first.state()).isEqualTo(CaseState.APPROVED);
		assertThat(second.state()).isEqualTo(CaseState.APPROVED);
		// Missing is remembered for a while: the shop's image host is not asked per case.
		assertThat(this.shop.listingReads() - readsBefore).isEqualTo(1);
	}

	private ReturnCase open(URI listing, UUID photo) {
		OrderLine line = new OrderLine(1, "SKU-" + listing.getPath().hashCode(), "Wool coat", "apparel",
				new BigDecimal("199.00"), 1)
			.withListingImage(listing);
		ShopOrder order = this.shop.deliveredOrder(this.shopper, DAY, line);
		return this.workflow.open(aReturn().shopper(this.shopper)
			.order(order.orderId())
			.line(1)
			.quantity(1)
			.reason(ReturnReason.QUALITY_ISSUE)
			.origin(Origin.CHAT)
			.photos(photo)
			.build(), Actor.shopper("mei"));
	}

}
