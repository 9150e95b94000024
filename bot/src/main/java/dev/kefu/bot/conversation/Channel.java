package dev.kefu.bot.conversation;

/**
 * Where the shopper wrote from.
 */
public enum Channel {

	/** The shop's mobile app (the chat widget in a web view). */
	APP,

	/** The shop's website. */
	WEB,

	/** A livestream shopping session. */
	LIVESTREAM;

	public String dbValue() {
		return name().toLowerCase();
	}

	static Channel fromDbValue(String value) {
		return valueOf(value.toUpperCase());
	}

}
