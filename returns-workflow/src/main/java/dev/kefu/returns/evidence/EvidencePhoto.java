package dev.kefu.returns.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.kefu.returns.evidence.checks.PerceptualHash;

/**
 * A stored photo that a shopper uploaded to the shop, as evidence for a claim.
 *
 * @param id the photo's id
 * @param sha256 the digest of its bytes
 * @param uploadedAt when it was stored
 * @param findings what the checks at upload found
 * @param hash its perceptual hash as the checks at upload stored it, or {@code null} (not
 * checked), to compare it with the shop's listing photo of the product
 */
public record EvidencePhoto(UUID id, String sha256, Instant uploadedAt, PhotoFindings findings, PerceptualHash hash) {

	public EvidencePhoto {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
		Objects.requireNonNull(findings, "findings");
	}

	/**
	 * A photo whose hash is not known.
	 */
	public EvidencePhoto(UUID id, String sha256, Instant uploadedAt, PhotoFindings findings) {
		this(id, sha256, uploadedAt, findings, null);
	}

	/**
	 * A photo that was not checked.
	 */
	public EvidencePhoto(UUID id, String sha256, Instant uploadedAt) {
		this(id, sha256, uploadedAt, PhotoFindings.UNCHECKED);
	}

}
