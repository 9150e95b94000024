package dev.kefu.returns.approval;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A rule's name in words, as staff read it where a decision names the rules that fired
 * (the rule's id is for the YAML, not for people). Any language may be left out: a
 * missing Traditional name is derived from the Simplified one, and a page falls back to
 * the other languages, then to the id in words.
 *
 * @param zh the name in Simplified Chinese ({@code zh} or {@code zh-Hans} in the YAML)
 * @param zhHant the name in Traditional Chinese ({@code zh-Hant})
 * @param en the name in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleName(@JsonProperty("zh") @JsonAlias("zh-Hans") @Nullable String zh,
		@JsonProperty("zh-Hant") @Nullable String zhHant, @JsonProperty("en") @Nullable String en) {

	public RuleName {
		zh = blankToNull(zh);
		zhHant = blankToNull(zhHant);
		en = blankToNull(en);
		if (zh == null && zhHant == null && en == null) {
			throw new IllegalArgumentException("name needs a zh, zh-Hant or en text");
		}
		for (String text : new String[] { zh, zhHant, en }) {
			if (text != null && text.length() > 80) {
				throw new IllegalArgumentException("name must be at most 80 characters");
			}
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
