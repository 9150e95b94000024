package dev.kefu.returns.evidence.checks;

import java.util.Objects;

/**
 * The bytes are not a photo the checks can read. Nothing about the claim follows from it;
 * the shopper can be asked to send the photo again.
 */
public class PhotoNotReadable extends RuntimeException {

	private final Reason reason;

	public PhotoNotReadable(Reason reason, String message) {
		this(reason, message, null);
	}

	public PhotoNotReadable(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	/**
	 * Why the photo could not be read.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a photo could not be read.
	 */
	public enum Reason {

		/** Not JPEG, PNG or WebP by its first bytes. */
		UNSUPPORTED_FORMAT,

		/**
		 * Its header announces more pixels than the settings allow (a small file can
		 * decode to gigabytes).
		 */
		TOO_MANY_PIXELS,

		/** Truncated or damaged: the decoder gave up. */
		DAMAGED

	}

}
