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
	 * English: fitted on the Bitext and e-commerce FAQ dev splits; Chinese: fitted on the
	 * demo knowledge base's held-out questions, which include questions it must not
	 * answer. See docs/benchmarks.md for the runs.
	 */
	public static final Calibration DEFAULT = new Calibration(new ConfidenceModel(14.0, 20.0, -11.0, 0.6, 0.25),
			new ConfidenceModel(14.342, 20.147, -13.912, 0.6, 0.25));

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
