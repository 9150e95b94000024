package dev.kefu.bot.conversation.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kefu.bot.conversation.Attachments;
import dev.kefu.bot.conversation.PhotoAdvice;
import dev.kefu.bot.conversation.PhotoInspections;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.workflow.ReturnCaseQueries;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff see a case's evidence photos and what the checks found in them, as facts: only
 * staff of the case's shop (agents and ops; another shop's case is unknown), and only the
 * photos the case cites.
 */
@RestController
@RequestMapping("/api/agent/returns/{caseId}/photos")
class StaffEvidencePhotosController {

	private final ReturnCaseQueries cases;

	private final Attachments attachments;

	private final PhotoInspections inspections;

	StaffEvidencePhotosController(ReturnCaseQueries cases, Attachments attachments, PhotoInspections inspections) {
		this.cases = cases;
		this.attachments = attachments;
		this.inspections = inspections;
	}

	@GetMapping
	List<EvidenceView> list(Authentication staff, @PathVariable UUID caseId) {
		ReturnCase c = find(staff, caseId);
		Set<UUID> listing = this.cases.listingPhotosOf(c.id());
		return c.request()
			.photoIds()
			.stream()
			.distinct()
			.map((photo) -> view(caseId, photo, listing.contains(photo)))
			.toList();
	}

	@GetMapping("/{photoId}")
	ResponseEntity<byte[]> read(Authentication staff, @PathVariable UUID caseId, @PathVariable UUID photoId) {
		ReturnCase c = find(staff, caseId);
		if (!c.request().photoIds().contains(photoId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The case cites no photo " + photoId + ".");
		}
		return this.attachments.evidenceOf(c.request().shopper(), photoId)
			.map((stored) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(stored.attachment().contentType()))
				.cacheControl(CacheControl.noStore())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(stored.data()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No photo " + photoId + "."));
	}

	private EvidenceView view(UUID caseId, UUID photo, boolean listingPhoto) {
		String url = "/api/agent/returns/" + caseId + "/photos/" + photo;
		return this.inspections.details(photo).map((d) -> {
			List<Label> facts = new ArrayList<>();
			d.inspection().problems().stream().sorted().map(PhotoAdvice::label).map(Label::of).forEach(facts::add);
			d.inspection().metadata().stream().sorted().map(PhotoAdvice::label).map(Label::of).forEach(facts::add);
			if (d.inspection().nearDuplicateOf() != null) {
				facts.add(new Label("与本店其他会话中的照片相同（可能经过缩放、压缩、裁剪或旋转）",
						"The same photo as one sent in another conversation of the shop (perhaps resized, recompressed, cropped or turned)"));
			}
			if (listingPhoto) {
				facts.add(LISTING_PHOTO);
			}
			return new EvidenceView(photo, url, true, d.inspection().usable(), facts, d.inspection().nearDuplicateOf(),
					d.width(), d.height(), d.camera(), d.software(), d.capturedAt());
		}).orElseGet(() -> new EvidenceView(photo, url, false, true, List.of(), null, 0, 0, null, null, null));
	}

	/** The fact that a photo is the shop's own listing photo of the product. */
	static final Label LISTING_PHOTO = new Label("这是本店商品页上的图片（可能经过缩放或压缩），不是顾客拍的照片，不计为凭证",
			"This is the shop's own listing photo of the product (perhaps resized or recompressed), not one the shopper took; it does not count as evidence");

	private ReturnCase find(Authentication staff, UUID id) {
		ShopScope scope = StaffUser.of(staff).scope(StaffRole.AGENT, StaffRole.OPS);
		return this.cases.find(new ReturnCaseId(id))
			.filter((c) -> scope.contains(c.request().shopper().shopId()))
			.orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
	}

	/**
	 * One evidence photo as staff see it.
	 *
	 * @param id the photo
	 * @param url where its bytes are
	 * @param checked whether the checks ran (the shop may have them off)
	 * @param usable whether it counted as evidence
	 * @param facts what the checks found, in words (facts, never proof)
	 * @param copyOf the photo of another conversation it copies, or {@code null}
	 * @param width its width
	 * @param height its height
	 * @param camera the camera its metadata names, or {@code null}
	 * @param software the software its metadata names, or {@code null}
	 * @param capturedAt when its metadata says it was taken, or {@code null}
	 */
	record EvidenceView(UUID id, String url, boolean checked, boolean usable, List<Label> facts, UUID copyOf, int width,
			int height, String camera, String software, Instant capturedAt) {
	}

	/**
	 * Words staff read.
	 *
	 * @param zh in Chinese
	 * @param en in English
	 */
	record Label(String zh, String en) {

		static Label of(String[] words) {
			return new Label(words[0], words[1]);
		}

	}

}
