package dev.kefu.bot.anger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How readily a message counts as angry.
 *
 * @param threshold the classifier probability above which the words alone count (empty:
 * the threshold chosen when the model was trained, per language)
 * @param withWritingSignals the lower probability that counts when the message also
 * shouts or repeats itself
 * @param lexicon whether threats and insults count on their own
 */
@ConfigurationProperties("kefu.escalation.anger")
public record AngerThresholds(Double threshold, @DefaultValue("0.35") double withWritingSignals,
		@DefaultValue("true") boolean lexicon) {

	/** The defaults: the model's own threshold, the lexicon on. */
	public static AngerThresholds defaults() {
		return new AngerThresholds(null, 0.35, true);
	}

}
