package dev.kefu.returns.approval;

/**
 * A sentence in Chinese (Simplified; converted for shoppers who write Traditional) and
 * English.
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

	public LocalizedText {
		if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("reason needs both zh and en text");
		}
		if (zh.length() > 300 || en.length() > 300) {
			throw new IllegalArgumentException("reason text must be at most 300 characters");
		}
	}

	LocalizedText join(LocalizedText other) {
		return new LocalizedText(this.zh + "；" + other.zh, this.en + " " + other.en);
	}

}
