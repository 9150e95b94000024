package dev.kefu.returns.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored photo that a shopper uploaded to the shop, as evidence for a claim.
 *
 * @param id the photo's id
 * @param sha256 the digest of its bytes
 * @param uploadedAt when it was stored
 * @param findings what the checks at upload found
 */
public record EvidencePhoto(UUID id, String sha256, Instant uploadedAt, PhotoFindings findings) {

	public EvidencePhoto {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
		Objects.requireNonNull(findings, "findings");
	}

	/**
	 * A photo that was not checked.
	 */
	public EvidencePhoto(UUID id, String sha256, Instant uploadedAt) {
		this(id, sha256, uploadedAt, PhotoFindings.UNCHECKED);
	}

}
