package dev.kefu.returns.bench;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.kefu.returns.ReturnsTestApplication;
import dev.kefu.returns.ShopSystems;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.evidence.PhotoFindings;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.VisionFinding.ShowsProduct;
import dev.kefu.returns.evidence.VisionFinding.VisibleProblem;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.evidence.checks.PhotoCheckSettings;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.evidence.checks.PhotoReport;
import dev.kefu.returns.evidence.checks.samples.PhotoCheckEvaluation;
import dev.kefu.returns.evidence.checks.samples.PhotoSamples;
import dev.kefu.returns.orders.OrderLine;
import dev.kefu.returns.orders.ShopOrder;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnsWorkflow;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.kefu.returns.cases.ReturnRequestFixture.aReturn;

/**
 * Quality claims with photos through the real returns module: the default approval rules,
 * the workflow and PostgreSQL, and the real photo checks on photos drawn in code, with a
 * stated mix of what the photos show. Three ways of taking the photo: counted as it is
 * (no checks), checked at upload (an unusable photo is not evidence and the bot asks for
 * another; copies of photos sent elsewhere in the shop are found by their hash), and
 * checked with a vision model (a stand-in that answers from what the photo really shows,
 * right nine times in ten). Prints the share decided without a person and the money
 * approved without a person on claims whose photo shows nothing.
 * <p>
 * {@code ./mvnw -Dbench=returns-workflow -Dbench.main=dev.kefu.returns.bench.PhotoClaimsBenchmark -pl returns-workflow -am test-compile exec:exec}
 */
public final class PhotoClaimsBenchmark {

	private static final int CLAIMS = Integer.getInteger("claims", 500);

	private static final int LISTING_PHOTOS = Integer.getInteger("listingPhotos", 25);

	private static final int WIDTH = 640;

	private static final int HEIGHT = 480;

	/** Share of shoppers asked for a clearer photo who send one. */
	private static final double RETAKE = 0.7;

	/** How often the vision stand-in sees what the photo shows; else it is unsure. */
	private static final double VISION_RIGHT = 0.9;

	private PhotoClaimsBenchmark() {
	}

	/** What a claim's photo really shows. */
	enum Shows {

		/** A clear photo of the claimed fault. */
		FAULT(0.60, "clear photo showing the fault"),

		/** The fault, but blurred or too dark to see. */
		UNUSABLE(0.15, "blurred or dark photo (a real fault)"),

		/** No product, or nothing of the fault: a floor, a wall, a box. */
		NOTHING(0.10, "shows nothing (no product)"),

		/**
		 * Another shopper's photo of a fault, sent again after resizing, cropping or
		 * turning.
		 */
		REUSED(0.10, "reused photo of another claim"),

		/** The shop's own listing photo. */
		STOCK(0.05, "stock or listing photo");

		final double share;

		final String label;

		Shows(double share, String label) {
			this.share = share;
			this.label = label;
		}

		boolean genuine() {
			return this == FAULT || this == UNUSABLE;
		}

	}

	/** How the shop takes photos. */
	enum Arm {

		COUNTED("photos counted, no checks"), CHECKED("checks at upload"), VISION("checks + vision model");

		final String label;

		Arm(String label) {
			this.label = label;
		}

	}

	record Claim(int index, Shows shows, ReturnReason reason, BigDecimal price, byte[] photo, byte[] retake,
			boolean retakes) {

	}

	public static void main(String[] args) {
		Random random = new Random(42);
		long started = System.nanoTime();
		List<Claim> claims = claims(random);
		print("Kefu photo claims benchmark, %s, %d cores, Java %s; %d claims drawn in %.0f s", Instant.now(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), claims.size(),
				(System.nanoTime() - started) / 1e9);
		Map<Shows, Integer> mix = new EnumMap<>(Shows.class);
		claims.forEach((c) -> mix.merge(c.shows(), 1, Integer::sum));
		for (Shows shows : Shows.values()) {
			print("  %-40s %5d (%.1f%%)", shows.label, mix.getOrDefault(shows, 0),
					100.0 * mix.getOrDefault(shows, 0) / claims.size());
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReturnsTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
					"logging.level.dev.kefu.returns.workflow.CaseTaskRunner=ERROR")
			.run()) {
			ReturnsWorkflow workflow = context.getBean(ReturnsWorkflow.class);
			ShopSystems shop = context.getBean(ShopSystems.class);
			PhotoChecks checks = new PhotoChecks(PhotoCheckSettings.defaults());
			for (Arm arm : Arm.values()) {
				run(arm, claims, workflow, shop, checks, new Random(7));
			}
		}
	}

	private static List<Claim> claims(Random random) {
		List<BufferedImage> listings = new ArrayList<>();
		for (int i = 0; i < LISTING_PHOTOS; i++) {
			listings.add(PhotoSamples.scene(70_000 + i * 31L, 800, 800, 0.2));
		}
		List<Shows> kinds = new ArrayList<>();
		for (int i = 0; i < CLAIMS; i++) {
			Shows shows = pick(random);
			// A reused photo is a copy of an earlier claim's clear photo.
			kinds.add((shows == Shows.REUSED && !kinds.contains(Shows.FAULT)) ? Shows.FAULT : shows);
		}
		// Drawn in parallel, each claim from its own seed, so the set is the same on
		// every run.
		return IntStream.range(0, CLAIMS).parallel().mapToObj((i) -> {
			Random own = new Random(50_000 + i);
			Shows shows = kinds.get(i);
			double texture = 0.3 + 0.7 * own.nextDouble();
			ReturnReason reason = (own.nextDouble() < 0.6) ? ReturnReason.QUALITY_ISSUE
					: ReturnReason.DAMAGED_IN_TRANSIT;
			BigDecimal price = BigDecimal.valueOf(Math.exp(Math.log(220) + 0.8 * own.nextGaussian()))
				.setScale(2, RoundingMode.HALF_UP);
			long seed = 50_000 + i * 13L;
			byte[] photo;
			byte[] retake = null;
			switch (shows) {
				case FAULT -> photo = PhotoSamples.jpeg(fault(i), 0.85f);
				case UNUSABLE -> {
					BufferedImage image = PhotoSamples.scene(seed, WIDTH, HEIGHT, texture);
					photo = PhotoSamples.jpeg((own.nextBoolean()) ? PhotoSamples.blurred(image, 5 + i % 6, seed)
							: PhotoSamples.exposed(image, 0.07 + 0.01 * (i % 6), 0), 0.85f);
					retake = PhotoSamples.jpeg(PhotoSamples.scene(seed, seed + 3, WIDTH, HEIGHT, texture), 0.85f);
				}
				// What it shows is the simulation's truth; to the offline checks it is a
				// sharp, well-lit photo like any other.
				case NOTHING -> photo = PhotoSamples.jpeg(PhotoSamples.scene(seed, WIDTH, HEIGHT, texture), 0.85f);
				case REUSED -> {
					int source = own.nextInt(i);
					while (kinds.get(source) != Shows.FAULT) {
						source = own.nextInt(i);
					}
					photo = PhotoCheckEvaluation.TRANSFORMS.get(own.nextInt(PhotoCheckEvaluation.TRANSFORMS.size()))
						.apply()
						.apply(fault(source));
				}
				case STOCK -> photo = PhotoSamples
					.jpeg(PhotoSamples.resized(listings.get(own.nextInt(listings.size())), 720, 720), 0.8f);
				default -> throw new IllegalStateException();
			}
			return new Claim(i, shows, reason, price, photo, retake, own.nextDouble() < RETAKE);
		}).toList();
	}

	/** Claim i's clear photo of its fault. */
	private static BufferedImage fault(int i) {
		long seed = 50_000 + i * 13L;
		return PhotoSamples.scene(seed, WIDTH, HEIGHT, 0.3 + 0.7 * new Random(seed).nextDouble());
	}

	private static void run(Arm arm, List<Claim> claims, ReturnsWorkflow workflow, ShopSystems shop, PhotoChecks checks,
			Random random) {
		String shopId = "photo-" + arm.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime();
		Map<UUID, PerceptualHash> stored = new LinkedHashMap<>();
		Map<Shows, int[]> decided = new EnumMap<>(Shows.class);
		Map<Shows, BigDecimal> approvedMoney = new EnumMap<>(Shows.class);
		long started = System.nanoTime();
		for (Claim claim : claims) {
			ShopperRef shopper = new ShopperRef(shopId, "p" + claim.index());
			ShopOrder order = shop.deliveredOrder(shopper, Duration.ofHours(24 + claim.index() % 96), new OrderLine(1,
					"APPAREL-" + claim.index(), "apparel " + claim.index(), "apparel", claim.price(), 1));
			List<UUID> photos = new ArrayList<>();
			if (arm == Arm.COUNTED) {
				photos.add(shop.uploadedPhoto(shopper));
			}
			else {
				boolean usable = upload(shop, shopper, checks, claim.photo(), stored, photos);
				if (!usable && claim.retake() != null && claim.retakes()) {
					// The bot asked at once for a clearer photo, and this shopper sent
					// one.
					upload(shop, shopper, checks, claim.retake(), stored, photos);
				}
				if (arm == Arm.VISION) {
					for (UUID photo : photos) {
						shop.visionSees(photo, vision(claim, random));
					}
				}
			}
			ReturnCase opened = workflow.open(aReturn().shopper(shopper)
				.order(order.orderId())
				.reason(claim.reason())
				.photos(photos)
				.key("photo-" + claim.index())
				.origin(Origin.CHAT)
				.build(), Actor.shopper(shopper.shopperId()));
			int[] counts = decided.computeIfAbsent(claim.shows(), (k) -> new int[3]);
			if (opened.state() == CaseState.UNDER_REVIEW) {
				counts[1]++;
			}
			else if (opened.state() == CaseState.REJECTED) {
				counts[2]++;
			}
			else {
				counts[0]++;
				approvedMoney.merge(claim.shows(), claim.price(), BigDecimal::add);
			}
		}
		print("== %s (%.0f s)", arm.label, (System.nanoTime() - started) / 1e9);
		int all = 0;
		int withoutPerson = 0;
		int genuine = 0;
		int genuineWithoutPerson = 0;
		for (Shows shows : Shows.values()) {
			int[] c = decided.getOrDefault(shows, new int[3]);
			int n = c[0] + c[1] + c[2];
			all += n;
			withoutPerson += c[0] + c[2];
			if (shows.genuine()) {
				genuine += n;
				genuineWithoutPerson += c[0] + c[2];
			}
			print("  %-40s approved on the spot %5.1f%%, to a person %5.1f%%, rejected %4.1f%%; approved %,12.2f",
					shows.label, 100.0 * c[0] / n, 100.0 * c[1] / n, 100.0 * c[2] / n,
					approvedMoney.getOrDefault(shows, BigDecimal.ZERO));
		}
		BigDecimal noEvidence = approvedMoney.getOrDefault(Shows.NOTHING, BigDecimal.ZERO)
			.add(approvedMoney.getOrDefault(Shows.REUSED, BigDecimal.ZERO))
			.add(approvedMoney.getOrDefault(Shows.STOCK, BigDecimal.ZERO));
		BigDecimal total = approvedMoney.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		print("  decided without a person: %.1f%% of all claims, %.1f%% of genuine claims", 100.0 * withoutPerson / all,
				100.0 * genuineWithoutPerson / genuine);
		print("  approved without a person: %,.2f in all; on photos showing nothing %,.2f; on photos showing"
				+ " nothing, reused or stock %,.2f", total, approvedMoney.getOrDefault(Shows.NOTHING, BigDecimal.ZERO),
				noEvidence);
	}

	/**
	 * Stores a photo as the chat does with the checks on: its findings, with the photo
	 * another shopper of the shop sent that it is a copy of, found by its hash.
	 * @return whether the photo is usable
	 */
	private static boolean upload(ShopSystems shop, ShopperRef shopper, PhotoChecks checks, byte[] bytes,
			Map<UUID, PerceptualHash> stored, List<UUID> photos) {
		PhotoReport report = checks.check(bytes);
		UUID copyOf = stored.entrySet()
			.stream()
			.filter((e) -> report.hash().nearDuplicateOf(e.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		ZoneId zone = shop.zoneOf(shopper.shopId());
		Set<MetadataFact> facts = report.metadata().facts(null, zone);
		UUID id = shop.uploadedPhoto(shopper, new PhotoFindings(true, report.problems(), copyOf,
				report.metadata().capturedInstant(zone).orElse(null), facts));
		stored.put(id, PerceptualHash.stored(report.hash().upright(), report.hash().inner()));
		photos.add(id);
		return report.usable();
	}

	/** The stand-in vision model: what the photo shows, right nine times in ten. */
	private static VisionFinding vision(Claim claim, Random random) {
		if (random.nextDouble() >= VISION_RIGHT) {
			return new VisionFinding(ShowsProduct.UNSURE, VisibleProblem.NONE, 0.5);
		}
		VisibleProblem fault = (claim.reason() == ReturnReason.QUALITY_ISSUE) ? VisibleProblem.STAIN
				: VisibleProblem.BROKEN;
		return switch (claim.shows()) {
			case FAULT, UNUSABLE, REUSED -> new VisionFinding(ShowsProduct.YES, fault, 0.9);
			case NOTHING -> new VisionFinding(ShowsProduct.NO, VisibleProblem.NONE, 0.9);
			case STOCK -> new VisionFinding(ShowsProduct.YES, VisibleProblem.NONE, 0.9);
		};
	}

	private static Shows pick(Random random) {
		double r = random.nextDouble();
		for (Shows shows : Shows.values()) {
			r -= shows.share;
			if (r < 0) {
				return shows;
			}
		}
		return Shows.FAULT;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
