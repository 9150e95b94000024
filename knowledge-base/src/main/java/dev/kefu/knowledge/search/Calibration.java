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
	 * Chosen on held-out questions only (see docs/benchmarks.md). English: fitted by
	 * {@code eval calibrate} on the demo, Bitext and e-commerce FAQ dev splits in one
	 * knowledge base, with the ranking's classifier trained (ECE 0.092 before, 0.036
	 * after). Chinese: of the log-loss fit on the demo dev set (12.4, 5.6, -8.1: ECE
	 * 0.081, but it refused 2 of 6 must-not-answer questions and handled 0.891 without a
	 * person) and this model (ECE 0.128, refused 5 of 6, handled 0.909), this one:
	 * refusing rightly matters more than a sharper calibration on 55 questions. AFQMC has
	 * no question that must be refused, so it cannot calibrate refusals.
	 */
	public static final Calibration DEFAULT = new Calibration(new ConfidenceModel(14.0, 20.0, -11.0, 0.6, 0.25),
			new ConfidenceModel(4.852, 6.837, -4.814, 0.6, 0.25));

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
