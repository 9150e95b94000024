package dev.kefu.bot.anger;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How readily a message or a conversation goes to a person.
 *
 * @param thresholds per concern, the model probability from which it counts (a concern
 * left out keeps the threshold chosen by cost when the model was trained; see
 * {@code eval escalation}'s precision-recall tables)
 * @param gate the probability of "needs a person at all" from which a concern's model may
 * count (empty: the one chosen in training)
 * @param shift moves every model threshold at once, in log-odds: positive sends fewer
 * shoppers to people, negative more
 * @param lexicon whether wording the lexicon is sure of counts on its own
 * @param conversation whether repeats, long waits and rising negativity count
 */
@ConfigurationProperties("kefu.escalation.detection")
public record DetectionSettings(@DefaultValue Map<Concern, Double> thresholds, Double gate,
		@DefaultValue("0") double shift, @DefaultValue("true") boolean lexicon,
		@DefaultValue("true") boolean conversation) {

	public DetectionSettings {
		thresholds = Map.copyOf(thresholds);
	}

	/** The defaults: the model's own thresholds, the lexicon and the conversation on. */
	public static DetectionSettings defaults() {
		return new DetectionSettings(Map.of(), null, 0, true, true);
	}

	/**
	 * The gate's probability from which a concern's model may count.
	 * @param trained the threshold chosen in training
	 * @return the threshold in force (moved by the shift like the others)
	 */
	public double gateThreshold(double trained) {
		return shifted((this.gate != null) ? this.gate : trained);
	}

	/**
	 * The probability from which a concern counts.
	 * @param concern the concern
	 * @param trained the threshold chosen in training
	 * @return the threshold in force
	 */
	public double threshold(Concern concern, double trained) {
		return shifted(this.thresholds.getOrDefault(concern, trained));
	}

	private double shifted(double base) {
		if (this.shift == 0 || base <= 0 || base >= 1) {
			return base;
		}
		double logit = Math.log(base / (1 - base)) + this.shift;
		return 1 / (1 + Math.exp(-logit));
	}

}
