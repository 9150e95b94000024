package dev.kefu.bot.conversation.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kefu.bot.conversation.Attachments;
import dev.kefu.bot.conversation.PhotoAdvice;
import dev.kefu.bot.conversation.PhotoInspections;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A photo as staff see it, on a case or in a chat: what the checks found, as words and as
 * the names the staff pages put into their language.
 */
@Component
class EvidenceViews {

	private final PhotoInspections inspections;

	EvidenceViews(PhotoInspections inspections) {
		this.inspections = inspections;
	}

	/** The fact that a photo is the shop's own listing photo of the product. */
	static final Label LISTING_PHOTO = new Label("这是本店商品页上的图片（可能经过缩放或压缩），不是顾客拍的照片，不计为凭证",
			"This is the shop's own listing photo of the product (perhaps resized or recompressed), not one the shopper took; it does not count as evidence");

	EvidenceView of(UUID photo, String url) {
		return of(photo, url, false, false);
	}

	EvidenceView of(UUID photo, String url, boolean citedElsewhere, boolean listingPhoto) {
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
			List<String> problems = d.inspection().problems().stream().sorted().map(Enum::name).toList();
			List<String> metadata = d.inspection().metadata().stream().sorted().map(Enum::name).toList();
			VisionView vision = (d.vision() != null) ? new VisionView(d.vision().showsProduct().name(),
					d.vision().problem().name(), d.vision().confidence()) : null;
			return new EvidenceView(photo, url, true, d.inspection().usable(), facts, problems, metadata,
					d.inspection().nearDuplicateOf(), citedElsewhere, listingPhoto, d.width(), d.height(), d.camera(),
					d.software(), d.capturedAt(), vision);
		})
			.orElseGet(() -> new EvidenceView(photo, url, false, true, List.of(), List.of(), List.of(), null,
					citedElsewhere, listingPhoto, 0, 0, null, null, null, null));
	}

	/**
	 * A photo's bytes for a staff page: never cached (the session decides who sees it),
	 * never sniffed as another type.
	 */
	static ResponseEntity<byte[]> image(Attachments.Stored stored) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.attachment().contentType()))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(stored.data());
	}

	/**
	 * One evidence photo as staff see it.
	 *
	 * @param id the photo
	 * @param url where its bytes are
	 * @param checked whether the checks ran (the shop may have them off)
	 * @param usable whether it counted as evidence
	 * @param facts what the checks found, in words (facts, never proof)
	 * @param problems why it may not show a defect (names of the checks' problems)
	 * @param metadata what its metadata says (names of the metadata facts)
	 * @param copyOf the photo of another conversation it copies, or {@code null}
	 * @param citedElsewhere whether another case of the shop cites it too (on a case's
	 * list; {@code false} in a chat's)
	 * @param listingPhoto whether the rules found it to be the shop's own listing photo
	 * of the product (on a case's list; {@code false} in a chat's)
	 * @param width its width
	 * @param height its height
	 * @param camera the camera its metadata names, or {@code null}
	 * @param software the software its metadata names, or {@code null}
	 * @param capturedAt when its metadata says it was taken, or {@code null}
	 * @param vision what the shop's vision model said of it, or {@code null}
	 */
	record EvidenceView(UUID id, String url, boolean checked, boolean usable, List<Label> facts, List<String> problems,
			List<String> metadata, UUID copyOf, boolean citedElsewhere, boolean listingPhoto, int width, int height,
			String camera, String software, Instant capturedAt, VisionView vision) {
	}

	/**
	 * A vision model's finding on a photo: a fact, never a verdict.
	 *
	 * @param showsProduct {@code YES}, {@code NO} or {@code UNSURE}
	 * @param problem the problem it saw ({@code STAIN}, {@code TEAR}, {@code BROKEN},
	 * {@code MISSING_PART}, {@code WRONG_ITEM}, {@code WRONG_LABEL}, {@code NONE})
	 * @param confidence 0 to 1
	 */
	record VisionView(String showsProduct, String problem, double confidence) {
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
