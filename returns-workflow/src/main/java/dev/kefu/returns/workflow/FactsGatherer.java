package dev.kefu.returns.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.approval.EvidenceFacts;
import dev.kefu.returns.approval.ReturnFacts;
import dev.kefu.returns.approval.ShopperHistory;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.evidence.EvidencePhoto;
import dev.kefu.returns.evidence.EvidencePhotos;
import dev.kefu.returns.evidence.PhotoVision;
import dev.kefu.returns.evidence.ProductFields;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.evidence.checks.PhotoProblem;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.shops.ShopTimeZones;

/**
 * Gathers what the rules look at, from the order system, the inventory and the shopper's
 * earlier cases. Any of them may be down: the caller retries.
 */
class FactsGatherer {

	private static final int PURCHASES_LOOKED_AT = 100;

	private final ShopOrders orders;

	private final Inventory inventory;

	private final ReturnCases cases;

	private final Clock clock;

	private final ShopTimeZones zones;

	/** The most photos of one request shown to the vision model. */
	private static final int PHOTOS_LOOKED_AT = 3;

	private final EvidencePhotos photos;

	private final PhotoVision vision;

	private final ListingPhotoHashes listings;

	FactsGatherer(ShopOrders orders, Inventory inventory, ReturnCases cases, Clock clock, ShopTimeZones zones,
			EvidencePhotos photos, PhotoVision vision, ListingPhotoHashes listings) {
		this.listings = listings;
		this.photos = photos;
		this.vision = vision;
		this.orders = orders;
		this.inventory = inventory;
		this.cases = cases;
		this.clock = clock;
		this.zones = zones;
	}

	ReturnFacts gather(ReturnCase c) {
		ShopperRef shopper = c.request().shopper();
		ShopOrder order = this.orders.findOrder(shopper.shopId(), c.request().orderId())
			.filter((o) -> o.belongsTo(shopper))
			.orElseThrow(() -> new ReturnNotPossible("Order " + c.request().orderId() + " is no longer found."));
		OrderLine line = line(order, c.request().lineNumber());
		List<ShopperHistory.Dated> purchases = this.orders.recentOrders(shopper, PURCHASES_LOOKED_AT)
			.stream()
			.map((o) -> new ShopperHistory.Dated(o.placedAt(), o.total()))
			.toList();
		Integer inStock = (c.request().kind() == CaseKind.EXCHANGE)
				? this.inventory.available(shopper.shopId(), c.request().exchangeSku()) : null;
		EvidenceFacts evidence = evidence(c, order, line);
		return new ReturnFacts(c.request().kind(), c.request().reason(), order, line, c.request().quantity(), evidence,
				this.orders.membershipTier(shopper), this.cases.historyOf(shopper, c.id(), purchases), inStock,
				this.clock.instant(), this.zones.zoneOf(shopper.shopId()));
	}

	/**
	 * The photos as the checks at upload found them: unusable ones are not counted, a
	 * photo cited on another case or a copy of one sent elsewhere in the shop is reused,
	 * and the metadata facts are gathered (the capture time against the delivery). A
	 * photo that is the shop's own listing photo of the product is not counted as
	 * evidence, nor shown to the vision model, and is marked on the case for staff.
	 */
	private EvidenceFacts evidence(ReturnCase c, ShopOrder order, OrderLine line) {
		List<UUID> given = c.request().photoIds().stream().distinct().toList();
		if (given.isEmpty()) {
			return EvidenceFacts.NONE;
		}
		ShopperRef shopper = c.request().shopper();
		List<EvidencePhoto> found = this.photos.ofShopper(shopper, given);
		int unusable = 0;
		Set<PhotoProblem> problems = EnumSet.noneOf(PhotoProblem.class);
		Set<MetadataFact> metadata = EnumSet.noneOf(MetadataFact.class);
		Set<UUID> copies = new HashSet<>();
		List<VisionFinding> seenByModel = new ArrayList<>();
		Set<UUID> listingCopies = listingCopies(shopper.shopId(), line, found);
		for (EvidencePhoto photo : found) {
			if (listingCopies.contains(photo.id())) {
				if (photo.findings().nearDuplicateOf() != null) {
					copies.add(photo.id());
				}
				metadata.addAll(photo.findings().metadata());
				continue;
			}
			if (!photo.findings().usable()) {
				unusable++;
				problems.addAll(photo.findings().problems());
			}
			if (photo.findings().nearDuplicateOf() != null) {
				copies.add(photo.id());
			}
			metadata.addAll(photo.findings().metadata());
			if (photo.findings().usable() && seenByModel.size() < PHOTOS_LOOKED_AT) {
				Optional<VisionFinding> seen = Optional.ofNullable(photo.findings().vision())
					.or(() -> this.vision.look(shopper, photo.id(), new ProductFields(line.title(), line.category())));
				seen.ifPresent(seenByModel::add);
			}
			if (photo.findings().capturedAt() != null && order.deliveredAt() != null
					&& photo.findings().capturedAt().isBefore(order.deliveredAt())) {
				metadata.add(MetadataFact.CAPTURED_BEFORE_DELIVERY);
			}
		}
		int reused = Math.min(given.size(), this.cases.photosCitedElsewhere(c) + copies.size());
		this.cases.markListingPhotos(c, listingCopies);
		return new EvidenceFacts(given.size() - unusable - listingCopies.size(), reused, unusable, problems, metadata,
				seenByModel, listingCopies.size());
	}

	/**
	 * The photos that are copies of the line's listing photo (resized, recompressed, a
	 * little cropped), by the hash the checks at upload stored; none when the order
	 * system gives no listing photo or it cannot be read.
	 */
	private Set<UUID> listingCopies(String shopId, OrderLine line, List<EvidencePhoto> found) {
		if (line.listingImageUrl() == null || found.stream().allMatch((p) -> p.hash() == null)) {
			return Set.of();
		}
		Optional<PerceptualHash> listing = this.listings.of(shopId, line);
		if (listing.isEmpty()) {
			return Set.of();
		}
		Set<UUID> copies = new HashSet<>();
		for (EvidencePhoto photo : found) {
			if (photo.hash() != null && listing.get().nearDuplicateOf(photo.hash())) {
				copies.add(photo.id());
			}
		}
		return copies;
	}

	static OrderLine line(ShopOrder order, int lineNumber) {
		return order.lines()
			.stream()
			.filter((l) -> l.lineNumber() == lineNumber)
			.findFirst()
			.orElseThrow(() -> new ReturnNotPossible(ReturnNotPossible.Why.NO_LINE, 0,
					"Order " + order.orderId() + " has no line " + lineNumber + "."));
	}

}
