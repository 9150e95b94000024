package dev.kefu.returns.evidence.checks;

/**
 * Something a photo's metadata says that a person may want to know. None is proof: chat
 * apps strip metadata, phone clocks are wrong, and people crop photos before sending.
 */
public enum MetadataFact {

	/** The photo says it was taken before the item was delivered. */
	CAPTURED_BEFORE_DELIVERY,

	/** The photo was last written by a photo editor. */
	EDITING_SOFTWARE,

	/**
	 * The photo names no camera and no capture time (stripped, a screenshot, or a
	 * download).
	 */
	NO_CAMERA_METADATA

}
