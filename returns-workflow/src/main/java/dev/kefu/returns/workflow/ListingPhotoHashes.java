package dev.kefu.returns.workflow;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.kefu.returns.evidence.ListingPhotos;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.evidence.checks.PhotoNotReadable;
import dev.kefu.returns.orders.OrderLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The perceptual hash of a product's listing photo, per shop, SKU and URL, kept in the
 * database: a listing photo rarely changes, and reading it for every case would make the
 * shop's image host part of every decision. A photo that could not be read is remembered
 * as missing for a while, so that a host that is down is not asked again on every case.
 */
class ListingPhotoHashes {

	/** How long a hash is trusted before the photo is read again. */
	static final Duration KEPT = Duration.ofDays(7);

	/** How long a photo that could not be read counts as missing. */
	static final Duration MISSING_FOR = Duration.ofHours(1);

	private static final Logger logger = LoggerFactory.getLogger(ListingPhotoHashes.class);

	private final JdbcClient jdbc;

	private final ListingPhotos photos;

	private final PhotoChecks checks;

	private final Clock clock;

	ListingPhotoHashes(JdbcClient jdbc, ListingPhotos photos, PhotoChecks checks, Clock clock) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.checks = checks;
		this.clock = clock;
	}

	/**
	 * The hash of the line's listing photo. Never fails: no URL, a photo that cannot be
	 * read or a database hiccup all mean no hash, never a failed decision.
	 * @param shopId the shop
	 * @param line the order line
	 * @return the hash, or empty
	 */
	Optional<PerceptualHash> of(String shopId, OrderLine line) {
		URI url = line.listingImageUrl();
		if (url == null) {
			return Optional.empty();
		}
		try {
			Instant now = this.clock.instant();
			Optional<Cached> cached = this.jdbc.sql("""
					select phash, phash_inner, fetched_at from listing_photo_hashes
					where shop_id = ? and sku = ? and url = ?
					""")
				.params(shopId, line.sku(), url.toString())
				.query((row, n) -> new Cached(row.getString("phash"), row.getString("phash_inner"),
						row.getTimestamp("fetched_at").toInstant()))
				.optional();
			if (cached.isPresent() && cached.get().fresh(now)) {
				return cached.get().hash();
			}
			Optional<PerceptualHash> hash = read(shopId, url);
			this.jdbc.sql("""
					insert into listing_photo_hashes (shop_id, sku, url, phash, phash_inner, fetched_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (shop_id, sku, url) do update
					set phash = excluded.phash, phash_inner = excluded.phash_inner, fetched_at = excluded.fetched_at
					""")
				.params(shopId, line.sku(), url.toString(), hash.map(PerceptualHash::upright).orElse(null),
						hash.map(PerceptualHash::inner).orElse(null), Timestamp.from(now))
				.update();
			return hash;
		}
		catch (RuntimeException ex) {
			logger.warn("No listing photo hash for {} of shop {}: {}", line.sku(), shopId, ex.toString());
			return Optional.empty();
		}
	}

	private Optional<PerceptualHash> read(String shopId, URI url) {
		Optional<byte[]> bytes;
		try {
			bytes = this.photos.fetch(shopId, url);
		}
		catch (RuntimeException ex) {
			// The port promises not to fail; an adapter that does anyway costs the fact
			// only.
			logger.warn("Listing photo {} of shop {} not read: {}", url, shopId, ex.toString());
			return Optional.empty();
		}
		try {
			// Kept as it is stored, so that a first read compares the same way as later
			// ones.
			return bytes.map(this.checks::hash).map((h) -> PerceptualHash.stored(h.upright(), h.inner()));
		}
		catch (PhotoNotReadable ex) {
			logger.info("Listing photo {} of shop {} is no photo Kefu reads: {}", url, shopId, ex.getMessage());
			return Optional.empty();
		}
	}

	private record Cached(String upright, String inner, Instant fetchedAt) {

		boolean fresh(Instant now) {
			Duration kept = (this.upright != null) ? KEPT : MISSING_FOR;
			return this.fetchedAt.plus(kept).isAfter(now);
		}

		Optional<PerceptualHash> hash() {
			return (this.upright != null) ? Optional.of(PerceptualHash.stored(this.upright, this.inner))
					: Optional.empty();
		}

	}

}
