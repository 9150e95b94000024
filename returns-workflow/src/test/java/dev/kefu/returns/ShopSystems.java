package dev.kefu.returns;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.kefu.returns.evidence.EvidencePhoto;
import dev.kefu.returns.evidence.EvidencePhotos;
import dev.kefu.returns.evidence.ListingPhotos;
import dev.kefu.returns.evidence.PhotoFindings;
import dev.kefu.returns.evidence.PhotoVision;
import dev.kefu.returns.evidence.ProductFields;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.evidence.checks.PhotoCheckSettings;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.inventory.Inventory;
import dev.kefu.returns.logistics.PickupBooking;
import dev.kefu.returns.logistics.PickupRequest;
import dev.kefu.returns.logistics.Pickups;
import dev.kefu.returns.logistics.ReplacementRequest;
import dev.kefu.returns.logistics.ReplacementShipments;
import dev.kefu.returns.logistics.Shipment;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.OrderStatus;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopOrders;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.payments.RefundReceipt;
import dev.kefu.returns.payments.RefundRequest;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.payments.Refunds;
import dev.kefu.returns.shops.ShopLegalProfiles;
import dev.kefu.returns.shops.ShopTimeZones;

/**
 * The shop's systems as the returns module's tests see them: an order system, a carrier,
 * a payment system and an inventory, each of which can be taken down, and which record
 * every call so tests can count payments and bookings.
 */
public class ShopSystems implements ShopOrders, Pickups, Refunds, Inventory, ReplacementShipments, EvidencePhotos,
		ShopTimeZones, ShopLegalProfiles, PhotoVision, ListingPhotos {

	private static final PhotoChecks CHECKS = new PhotoChecks(PhotoCheckSettings.defaults());

	private final Map<UUID, PerceptualHash> hashes = new ConcurrentHashMap<>();

	private final Map<URI, byte[]> listingPhotos = new ConcurrentHashMap<>();

	private final AtomicInteger listingReads = new AtomicInteger();

	private final Map<String, ShopOrder> orders = new ConcurrentHashMap<>();

	private final Map<String, String> tiers = new ConcurrentHashMap<>();

	private final Map<String, String> legalProfiles = new ConcurrentHashMap<>();

	private final Map<String, PickupBooking> bookings = new ConcurrentHashMap<>();

	private final Set<String> cancelledBookings = ConcurrentHashMap.newKeySet();

	private final Map<String, RefundReceipt> refunds = new ConcurrentHashMap<>();

	private final Map<String, Integer> stock = new ConcurrentHashMap<>();

	private final Map<String, Boolean> reservations = new ConcurrentHashMap<>();

	private final Map<String, Shipment> shipments = new ConcurrentHashMap<>();

	private final AtomicInteger refundCalls = new AtomicInteger();

	private final Map<UUID, ShopperRef> photos = new ConcurrentHashMap<>();

	private final Map<UUID, PhotoFindings> findings = new ConcurrentHashMap<>();

	private final Map<UUID, VisionFinding> seen = new ConcurrentHashMap<>();

	private final Map<UUID, ProductFields> shownWith = new ConcurrentHashMap<>();

	private final Clock clock;

	private volatile boolean carrierDown;

	private volatile boolean ordersDown;

	private volatile boolean paymentsDown;

	private volatile boolean refundsSettleAtOnce = true;

	private volatile boolean failAfterRefunding;

	public ShopSystems(Clock clock) {
		this.clock = clock;
	}

	public ShopOrder deliveredOrder(ShopperRef shopper, Duration deliveredAgo, OrderLine... lines) {
		Instant delivered = this.clock.instant().minus(deliveredAgo);
		Instant placed = delivered.minus(Duration.ofDays(3));
		ShopOrder order = new ShopOrder("T" + System.nanoTime(), shopper, OrderStatus.DELIVERED, placed, placed,
				delivered, "CNY", List.of(lines));
		this.orders.put(order.orderId(), order);
		return order;
	}

	/**
	 * A photo the shopper uploaded, as the chat would have stored it.
	 * @param shopper who uploads it
	 * @return its id
	 */
	public UUID uploadedPhoto(ShopperRef shopper) {
		UUID id = UUID.randomUUID();
		this.photos.put(id, shopper);
		return id;
	}

	/**
	 * A photo the shopper uploaded and the checks at upload looked at, as the chat would
	 * have stored it with its findings.
	 * @param shopper who uploads it
	 * @param findings what the checks found
	 * @return its id
	 */
	public UUID uploadedPhoto(ShopperRef shopper, PhotoFindings findings) {
		UUID id = uploadedPhoto(shopper);
		this.findings.put(id, findings);
		return id;
	}

	/**
	 * A photo the shopper uploaded and the checks at upload hashed, as the chat would
	 * have stored it.
	 * @param shopper who uploads it
	 * @param bytes the photo
	 * @return its id
	 */
	public UUID uploadedPhoto(ShopperRef shopper, byte[] bytes) {
		UUID id = uploadedPhoto(shopper);
		this.hashes.put(id, CHECKS.hash(bytes));
		return id;
	}

	/**
	 * The shop's listing photo at a URL (none by default: every URL is missing).
	 * @param url where the order system says it is
	 * @param bytes the photo
	 */
	public void listingPhoto(URI url, byte[] bytes) {
		this.listingPhotos.put(url, bytes);
	}

	/**
	 * How often a listing photo was read.
	 * @return the reads
	 */
	public int listingReads() {
		return this.listingReads.get();
	}

	@Override
	public Optional<byte[]> fetch(String shopId, URI url) {
		this.listingReads.incrementAndGet();
		return Optional.ofNullable(this.listingPhotos.get(url));
	}

	/**
	 * What the shop's vision model will say of a photo (none by default).
	 * @param photo the photo
	 * @param finding the finding
	 */
	public void visionSees(UUID photo, VisionFinding finding) {
		this.seen.put(photo, finding);
	}

	/**
	 * The product fields a photo was shown to the vision model with.
	 * @param photo the photo
	 * @return the fields, or {@code null} when it was not shown
	 */
	public ProductFields shownWith(UUID photo) {
		return this.shownWith.get(photo);
	}

	@Override
	public Optional<VisionFinding> look(ShopperRef shopper, UUID photoId, ProductFields product) {
		if (!shopper.equals(this.photos.get(photoId))) {
			return Optional.empty();
		}
		this.shownWith.put(photoId, product);
		return Optional.ofNullable(this.seen.get(photoId));
	}

	@Override
	public List<EvidencePhoto> ofShopper(ShopperRef shopper, Collection<UUID> ids) {
		return ids.stream()
			.distinct()
			.filter((id) -> shopper.equals(this.photos.get(id)))
			.map((id) -> (this.hashes.containsKey(id))
					? new EvidencePhoto(id, "sha256-of-" + id, this.clock.instant(),
							this.findings.getOrDefault(id, new PhotoFindings(true, Set.of(), null, null, Set.of())),
							stored(this.hashes.get(id)))
					: new EvidencePhoto(id, "sha256-of-" + id, this.clock.instant(),
							this.findings.getOrDefault(id, PhotoFindings.UNCHECKED)))
			.toList();
	}

	private static PerceptualHash stored(PerceptualHash hash) {
		return PerceptualHash.stored(hash.upright(), hash.inner());
	}

	@Override
	public ZoneId zoneOf(String shopId) {
		return ZoneId.of("Asia/Shanghai");
	}

	@Override
	public String legalProfileOf(String shopId) {
		return this.legalProfiles.getOrDefault(shopId, "CN");
	}

	public void legalProfile(String shopId, String code) {
		this.legalProfiles.put(shopId, code);
	}

	public ShopOrder put(ShopOrder order) {
		this.orders.put(order.orderId(), order);
		return order;
	}

	public static OrderLine line(int number, String category, String price, int quantity) {
		return new OrderLine(number, "SKU-" + category + "-" + number, category + " item", category,
				new BigDecimal(price), quantity);
	}

	public void tier(ShopperRef shopper, String tier) {
		this.tiers.put(shopper.shopId() + "/" + shopper.shopperId(), tier);
	}

	public void stock(String sku, int units) {
		this.stock.put(sku, units);
	}

	public void ordersDown(boolean down) {
		this.ordersDown = down;
	}

	public void carrierDown(boolean down) {
		this.carrierDown = down;
	}

	public void paymentsDown(boolean down) {
		this.paymentsDown = down;
	}

	public void refundsSettleAtOnce(boolean settle) {
		this.refundsSettleAtOnce = settle;
	}

	/** The payment system pays, then the answer is lost (a timeout after the fact). */
	public void failAfterRefunding(boolean fail) {
		this.failAfterRefunding = fail;
	}

	public Map<String, RefundReceipt> refundsByKey() {
		return Map.copyOf(this.refunds);
	}

	public int refundCalls() {
		return this.refundCalls.get();
	}

	public Set<String> cancelledBookings() {
		return Set.copyOf(this.cancelledBookings);
	}

	@Override
	public List<ShopOrder> recentOrders(ShopperRef shopper, int limit) {
		return this.orders.values().stream().filter((o) -> o.belongsTo(shopper)).limit(limit).toList();
	}

	@Override
	public Optional<ShopOrder> findOrder(String shopId, String orderId) {
		if (this.ordersDown) {
			throw new IllegalStateException("order system unreachable");
		}
		return Optional.ofNullable(this.orders.get(orderId)).filter((o) -> o.shopper().shopId().equals(shopId));
	}

	@Override
	public String membershipTier(ShopperRef shopper) {
		return this.tiers.getOrDefault(shopper.shopId() + "/" + shopper.shopperId(), "REGULAR");
	}

	@Override
	public PickupBooking book(PickupRequest request) {
		if (this.carrierDown) {
			throw new IllegalStateException("carrier unreachable");
		}
		Instant start = this.clock.instant().plus(Duration.ofHours(3));
		return this.bookings.computeIfAbsent(request.requestKey(),
				(key) -> new PickupBooking("B" + this.bookings.size(), "Test Express", "TRK" + System.nanoTime(), start,
						start.plus(Duration.ofHours(3))));
	}

	@Override
	public void cancel(String bookingId) {
		if (this.carrierDown) {
			throw new IllegalStateException("carrier unreachable");
		}
		this.cancelledBookings.add(bookingId);
	}

	@Override
	public RefundReceipt refund(RefundRequest request) {
		this.refundCalls.incrementAndGet();
		if (this.paymentsDown) {
			throw new IllegalStateException("payments unreachable");
		}
		RefundReceipt receipt = this.refunds.computeIfAbsent(request.idempotencyKey(),
				(key) -> new RefundReceipt("R" + System.nanoTime(), request.amount(),
						this.refundsSettleAtOnce ? RefundStatus.SETTLED : RefundStatus.PENDING));
		if (this.failAfterRefunding) {
			throw new IllegalStateException("read timed out");
		}
		return receipt;
	}

	@Override
	public RefundStatus status(String refundId) {
		return this.refunds.values()
			.stream()
			.filter((r) -> r.refundId().equals(refundId))
			.map(RefundReceipt::status)
			.findFirst()
			.orElse(RefundStatus.FAILED);
	}

	public void settleAll() {
		this.refunds.replaceAll((key, r) -> new RefundReceipt(r.refundId(), r.amount(), RefundStatus.SETTLED));
	}

	@Override
	public int available(String shopId, String sku) {
		return this.stock.getOrDefault(sku, 0);
	}

	@Override
	public synchronized boolean reserve(String shopId, String sku, int quantity, String reservationKey) {
		Boolean earlier = this.reservations.get(reservationKey);
		if (earlier != null) {
			return earlier;
		}
		int units = this.stock.getOrDefault(sku, 0);
		boolean reserved = units >= quantity;
		if (reserved) {
			this.stock.put(sku, units - quantity);
		}
		this.reservations.put(reservationKey, reserved);
		return reserved;
	}

	@Override
	public List<Variant> otherVariants(String shopId, String sku) {
		return this.stock.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals(sku))
			.map((e) -> new Variant(e.getKey(), e.getValue()))
			.toList();
	}

	@Override
	public void release(String shopId, String reservationKey) {
	}

	@Override
	public Shipment ship(ReplacementRequest request) {
		return this.shipments.computeIfAbsent(request.requestKey(),
				(key) -> new Shipment("Test Express", "RPL" + System.nanoTime()));
	}

}
