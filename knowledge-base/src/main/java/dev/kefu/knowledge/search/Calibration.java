package dev.kefu.knowledge.search;

import java.util.Objects;

import dev.kefu.knowledge.language.Language;

/**
 * One confidence model per language: similarity levels differ between the Chinese and the
 * English embedding model, so one set of coefficients cannot fit both.
 *
 * @param chinese for Chinese questions
 * @param english for English questions
 */
public record Calibration(ConfidenceModel chinese, ConfidenceModel english) {

	/**
	 * Fitted by {@code eval calibrate} on the dev splits only (see docs/benchmarks.md,
	 * issue 17): the demo KB's dev questions with the written out-of-scope dev split, per
	 * language, with the none class in place.
	 */
	public static final Calibration DEFAULT = new Calibration(
			new ConfidenceModel(12.591, -0.158, 16.62, -10.054, 0.65, 0.3),
			new ConfidenceModel(21.303, 9.216, 42.132, -18.941, 0.8, 0.3));

	public Calibration {
		Objects.requireNonNull(chinese, "chinese");
		Objects.requireNonNull(english, "english");
	}

	public ConfidenceModel forLanguage(Language language) {
		return (language == Language.ZH) ? this.chinese : this.english;
	}

	public Calibration with(Language language, ConfidenceModel model) {
		return (language == Language.ZH) ? new Calibration(model, this.english) : new Calibration(this.chinese, model);
	}

}
