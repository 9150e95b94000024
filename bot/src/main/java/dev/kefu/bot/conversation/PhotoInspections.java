package dev.kefu.bot.conversation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.bot.shops.Shops;
import dev.kefu.returns.evidence.PhotoFindings;
import dev.kefu.returns.evidence.VisionFinding;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PerceptualHash;
import dev.kefu.returns.evidence.checks.PhotoChecks;
import dev.kefu.returns.evidence.checks.PhotoProblem;
import dev.kefu.returns.evidence.checks.PhotoReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checks on every photo at upload (when the shop has them on) and what they found,
 * kept beside the photo: usable or why not, its perceptual hash to find copies across the
 * shop's photos, and its metadata facts.
 */
@Repository
public class PhotoInspections {

	/** How many of the shop's latest photos a new one is compared with. */
	static final int COMPARED = 50_000;

	private final JdbcClient jdbc;

	private final Shops shops;

	private final PhotoChecks checks;

	PhotoInspections(JdbcClient jdbc, Shops shops, PhotoChecks checks) {
		this.jdbc = jdbc;
		this.shops = shops;
		this.checks = checks;
	}

	/**
	 * Checks a photo, when the shop checks photos.
	 * @param shopId the shop
	 * @param bytes the photo
	 * @return the report, or empty when the shop has checks off
	 * @throws dev.kefu.returns.evidence.checks.PhotoNotReadable when it cannot be read
	 */
	Optional<PhotoReport> inspect(String shopId, byte[] bytes) {
		if (!this.shops.of(shopId).photos().checks()) {
			return Optional.empty();
		}
		return Optional.of(this.checks.check(bytes));
	}

	/**
	 * Records what the checks found for a stored photo, with the closest copy among the
	 * shop's photos from other conversations.
	 */
	PhotoInspection record(UUID attachmentId, String shopId, ConversationId conversationId, PhotoReport report) {
		Optional<Match> copy = closestCopy(shopId, conversationId, report.hash());
		ZoneId zone = this.shops.zoneOf(shopId);
		Set<MetadataFact> metadata = report.metadata().facts(null, zone);
		Instant captured = report.metadata().capturedInstant(zone).orElse(null);
		this.jdbc.sql("""
				insert into photo_checks (attachment_id, shop_id, conversation_id, problems, width, height, sharpness,
				    mean_luminance, phash, phash_inner, near_duplicate_of, duplicate_bits, exif, camera, software,
				    captured_at, metadata_facts)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(attachmentId, shopId, conversationId.value(), names(report.problems()), report.width(),
					report.height(), report.measures().sharpness(), report.measures().meanLuminance(),
					report.hash().upright(), report.hash().inner(), copy.map(Match::attachmentId).orElse(null),
					copy.map(Match::bits).orElse(null), report.metadata().exif(),
					report.metadata().camera().orElse(null), report.metadata().software().orElse(null),
					(captured != null) ? Timestamp.from(captured) : null, names(metadata))
			.update();
		return new PhotoInspection(attachmentId, report.problems(), copy.map(Match::attachmentId).orElse(null),
				metadata);
	}

	/**
	 * What was found for photos (unchecked photos are left out).
	 * @param attachmentIds the photos
	 * @return per photo id
	 */
	public Map<UUID, PhotoInspection> of(Collection<UUID> attachmentIds) {
		if (attachmentIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, PhotoInspection> found = new HashMap<>();
		this.jdbc.sql("""
				select attachment_id, problems, near_duplicate_of, metadata_facts from photo_checks
				where attachment_id = any(?)
				""")
			.param(attachmentIds.stream().distinct().toArray(UUID[]::new))
			.query((row, n) -> new PhotoInspection(row.getObject("attachment_id", UUID.class),
					enums(row.getArray("problems"), PhotoProblem.class), row.getObject("near_duplicate_of", UUID.class),
					enums(row.getArray("metadata_facts"), MetadataFact.class)))
			.list()
			.forEach((inspection) -> found.put(inspection.attachmentId(), inspection));
		return found;
	}

	/**
	 * What staff see of a photo's checks: the findings and the metadata behind them.
	 * @param attachmentId the photo
	 * @return the details, or empty when the photo was not checked
	 */
	public Optional<Details> details(UUID attachmentId) {
		return this.jdbc.sql("""
				select p.attachment_id, p.problems, p.near_duplicate_of, p.duplicate_bits, p.metadata_facts, p.width,
				    p.height, p.sharpness, p.mean_luminance, p.camera, p.software, p.captured_at, v.shows_product,
				    v.problem as seen_problem, v.confidence
				from photo_checks p left join photo_vision_findings v on v.attachment_id = p.attachment_id
				where p.attachment_id = ?
				""").param(attachmentId).query((row, n) -> {
			Timestamp captured = row.getTimestamp("captured_at");
			String shows = row.getString("shows_product");
			VisionFinding seen = (shows != null) ? new VisionFinding(VisionFinding.ShowsProduct.valueOf(shows),
					VisionFinding.VisibleProblem.valueOf(row.getString("seen_problem")), row.getDouble("confidence"))
					: null;
			return new Details(new PhotoInspection(row.getObject("attachment_id", UUID.class),
					enums(row.getArray("problems"), PhotoProblem.class), row.getObject("near_duplicate_of", UUID.class),
					enums(row.getArray("metadata_facts"), MetadataFact.class)),
					(Integer) row.getObject("duplicate_bits"), row.getInt("width"), row.getInt("height"),
					row.getDouble("sharpness"), row.getDouble("mean_luminance"), row.getString("camera"),
					row.getString("software"), (captured != null) ? captured.toInstant() : null, seen);
		}).optional();
	}

	/**
	 * A photo's findings with the measures and metadata behind them.
	 *
	 * @param inspection the findings
	 * @param duplicateBits how many hash bits it differs from the copy found, or
	 * {@code null}
	 * @param width its width
	 * @param height its height
	 * @param sharpness the variance of its Laplacian at working size
	 * @param meanLuminance its mean luminance, 0 to 1
	 * @param camera the camera its EXIF names, or {@code null}
	 * @param software the software its EXIF names, or {@code null}
	 * @param capturedAt when its EXIF says it was taken, or {@code null}
	 * @param vision what the shop's vision model last said of it, or {@code null} (off,
	 * not asked, or no answer)
	 */
	public record Details(PhotoInspection inspection, Integer duplicateBits, int width, int height, double sharpness,
			double meanLuminance, String camera, String software, Instant capturedAt, VisionFinding vision) {
	}

	/**
	 * The findings of a photo read with its row (for the evidence port).
	 */
	static PhotoFindings findings(ResultSet row) throws SQLException {
		if (row.getObject("checked_at") == null) {
			return PhotoFindings.UNCHECKED;
		}
		Timestamp captured = row.getTimestamp("captured_at");
		return new PhotoFindings(true, enums(row.getArray("problems"), PhotoProblem.class),
				row.getObject("near_duplicate_of", UUID.class), (captured != null) ? captured.toInstant() : null,
				enums(row.getArray("metadata_facts"), MetadataFact.class));
	}

	private Optional<Match> closestCopy(String shopId, ConversationId conversationId, PerceptualHash hash) {
		List<Match> matches = this.jdbc.sql("""
				select attachment_id, phash, phash_inner from photo_checks
				where shop_id = ? and conversation_id <> ?
				order by checked_at desc limit ?
				""")
			.params(shopId, conversationId.value(), COMPARED)
			.query((row, n) -> new Match(row.getObject("attachment_id", UUID.class),
					hash.distanceTo(PerceptualHash.stored(row.getString("phash"), row.getString("phash_inner")))))
			.list();
		return matches.stream()
			.filter((m) -> m.bits() <= PerceptualHash.NEAR_DUPLICATE_BITS)
			.min(Comparator.comparingInt(Match::bits));
	}

	private static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		if (array == null) {
			return values;
		}
		Arrays.stream((String[]) array.getArray()).map((name) -> Enum.valueOf(type, name)).forEach(values::add);
		return values;
	}

	private record Match(UUID attachmentId, int bits) {
	}

}
