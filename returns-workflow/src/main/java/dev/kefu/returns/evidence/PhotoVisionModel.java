package dev.kefu.returns.evidence;

import java.util.Optional;

/**
 * A vision model (an OpenAI-compatible multimodal endpoint) asked what one photo shows
 * for an order line. It never decides: its answer is a fact for the rules.
 */
public interface PhotoVisionModel {

	/**
	 * Looks at one photo.
	 * @param photo the photo's bytes
	 * @param mediaType their type ({@code image/jpeg}, {@code image/png},
	 * {@code image/webp})
	 * @param product the order line's product fields
	 * @return the finding, or empty when the model failed, was slow, refused or answered
	 * outside the expected form (never an exception)
	 */
	Optional<VisionFinding> look(byte[] photo, String mediaType, ProductFields product);

}
