package dev.kefu.returns.approval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A sentence in Chinese (Simplified; converted for shoppers who write Traditional) and
 * English, with the Traditional text of its own where the rules give one (Taiwan and Hong
 * Kong wording that a conversion of characters does not reach).
 *
 * @param zh the Chinese text
 * @param en the English text
 * @param zhHant the Traditional Chinese text, or {@code null} to derive it from
 * {@code zh}
 */
public record LocalizedText(String zh, String en,
		@JsonProperty("zh-Hant") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String zhHant) {

	public LocalizedText {
		if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("reason needs both zh and en text");
		}
		if (zh.length() > 300 || en.length() > 300 || (zhHant != null && zhHant.length() > 300)) {
			throw new IllegalArgumentException("reason text must be at most 300 characters");
		}
		zhHant = (zhHant == null || zhHant.isBlank()) ? null : zhHant;
	}

	/**
	 * A sentence whose Traditional text is derived from its Simplified one.
	 * @param zh the Chinese text
	 * @param en the English text
	 */
	public LocalizedText(String zh, String en) {
		this(zh, en, null);
	}

	// Where only one part has Traditional text of its own, the other part's Simplified
	// text stands in for it: the converter the readers' side applies turns it into
	// Traditional and leaves the Traditional part as it is.
	LocalizedText join(LocalizedText other) {
		String hant = (this.zhHant == null && other.zhHant == null) ? null : joined(
				(this.zhHant != null) ? this.zhHant : this.zh, (other.zhHant != null) ? other.zhHant : other.zh);
		return new LocalizedText(joined(this.zh, other.zh), this.en + " " + other.en, hant);
	}

	// Each reason is a whole sentence; joined with "；" its own full stop would read "。；".
	private static String joined(String first, String second) {
		return first.replaceFirst("。$", "") + "；" + second;
	}

}
