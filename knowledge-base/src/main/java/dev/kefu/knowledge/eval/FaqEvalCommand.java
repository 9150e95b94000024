package dev.kefu.knowledge.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.Calibration;
import dev.kefu.knowledge.search.ConfidenceModel;
import dev.kefu.knowledge.search.InProcessEmbedder;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.search.Verdict;

/**
 * The knowledge-base part of the application's {@code eval} mode:
 * <ul>
 * <li>{@code faq --kb KB.jsonl --cases CASES.csv [--json] [--limit N]}: production
 * (hybrid) ranking beside the plain-BM25 baseline, in one run;</li>
 * <li>{@code calibrate --kb KB.jsonl --cases DEV.csv}: fits the confidence model;</li>
 * <li>{@code convert bitext|ecommerce-faq|afqmc|out-of-domain --datasets DIR --out DIR}:
 * builds the files from the public datasets.</li>
 * </ul>
 */
public final class FaqEvalCommand {

	private final PrintStream out;

	public FaqEvalCommand(PrintStream out) {
		this.out = out;
	}

	/**
	 * Runs one sub-command.
	 * @param args the sub-command and its options
	 * @return the process exit code
	 */
	public int run(List<String> args) {
		if (args.isEmpty()) {
			return usage();
		}
		EvalOptions options = EvalOptions.parse(args.subList(1, args.size()));
		return switch (args.get(0)) {
			case "faq" -> faq(options);
			case "calibrate" -> calibrate(options);
			case "convert" -> convert(options);
			default -> usage();
		};
	}

	private int faq(EvalOptions options) {
		List<EvalEntry> entries = EvalFiles.readEntries(options.path("--kb"));
		List<EvalCase> cases = sample(readCases(options), options.limit());
		TextEmbedder embedder = new InProcessEmbedder();
		OutOfScope outOfScope = OutOfScope.builtIn(embedder);
		Map<String, Object> results = new LinkedHashMap<>();
		try (ThrowawayIndex index = ThrowawayIndex.build(entries, embedder)) {
			for (RankingMode mode : new RankingMode[] { RankingMode.HYBRID, RankingMode.BM25 }) {
				List<CaseOutcome> outcomes = FaqEvaluation.run(index, embedder, mode, options.calibration(), outOfScope,
						cases);
				FaqEvaluation.Report report = FaqEvaluation.report(mode, outcomes);
				this.out.println(report.describe());
				if (options.has("--errors")) {
					printConfusions(outcomes, Integer.parseInt(options.values().get("--errors")));
				}
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("overall", report.overall());
				item.put("perLanguage", report.perLanguage());
				if (mode == RankingMode.HYBRID) {
					item.put("expectedCalibrationError", ConfidenceCalibration.expectedCalibrationError(outcomes));
				}
				results.put((mode == RankingMode.BM25) ? "baseline_bm25" : "hybrid", item);
			}
		}
		results.put("kbEntries", entries.size());
		results.put("cases", cases.size());
		if (options.has("--json")) {
			this.out.println(toJson(results));
		}
		return 0;
	}

	private int calibrate(EvalOptions options) {
		List<EvalEntry> entries = EvalFiles.readEntries(options.path("--kb"));
		List<EvalCase> cases = sample(readCases(options), options.limit());
		TextEmbedder embedder = new InProcessEmbedder();
		OutOfScope outOfScope = OutOfScope.builtIn(embedder);
		Map<String, Object> fitted = new LinkedHashMap<>();
		try (ThrowawayIndex index = ThrowawayIndex.build(entries, embedder)) {
			List<CaseOutcome> before = FaqEvaluation.run(index, embedder, RankingMode.HYBRID, Calibration.DEFAULT,
					outOfScope, cases);
			Calibration calibration = Calibration.DEFAULT;
			for (Language language : Language.values()) {
				List<CaseOutcome> ofLanguage = before.stream().filter((o) -> o.language() == language).toList();
				if (!ofLanguage.isEmpty()) {
					calibration = calibration.with(language,
							ConfidenceCalibration.fit(ofLanguage, Calibration.DEFAULT.forLanguage(language)));
				}
			}
			List<CaseOutcome> after = FaqEvaluation.run(index, embedder, RankingMode.HYBRID, calibration, outOfScope,
					cases);
			for (Language language : Language.values()) {
				List<CaseOutcome> beforeOf = before.stream().filter((o) -> o.language() == language).toList();
				if (beforeOf.isEmpty()) {
					continue;
				}
				List<CaseOutcome> afterOf = after.stream().filter((o) -> o.language() == language).toList();
				ConfidenceModel model = calibration.forLanguage(language);
				double eceBefore = ConfidenceCalibration.expectedCalibrationError(beforeOf);
				double eceAfter = ConfidenceCalibration.expectedCalibrationError(afterOf);
				this.out.printf(Locale.ROOT,
						"%s: scoreWeight %.3f marginWeight %.3f outOfScopeWeight %.3f bias %.3f  (%d cases, ECE before %.4f after %.4f)%n",
						language.code(), model.scoreWeight(), model.marginWeight(), model.outOfScopeWeight(),
						model.bias(), beforeOf.size(), eceBefore, eceAfter);
				printThresholds(afterOf);
				fitted.put(language.code(), Map.of("model", model, "eceBefore", eceBefore, "eceAfter", eceAfter));
			}
		}
		if (options.has("--json")) {
			this.out.println(toJson(fitted));
		}
		return 0;
	}

	private int convert(EvalOptions options) {
		Path datasets = options.path("--datasets");
		Path target = options.path("--out");
		switch (options.positional()) {
			case "bitext" -> DatasetConverters.bitext(datasets, target);
			case "ecommerce-faq" -> DatasetConverters.ecommerceFaq(datasets, target);
			case "afqmc" -> DatasetConverters.afqmc(datasets, target);
			case "out-of-domain" -> DatasetConverters.outOfDomain(datasets, target);
			default -> {
				return usage();
			}
		}
		this.out.println("wrote " + target.resolve("kb.jsonl") + ", cases.csv, dev.csv");
		return 0;
	}

	/**
	 * What answering at each threshold would do on these (dev) cases, so that the
	 * thresholds are chosen on dev: in-KB questions answered outright, the precision of
	 * all outright answers, and NONE questions answered.
	 */
	private void printThresholds(List<CaseOutcome> outcomes) {
		long answerable = outcomes.stream().filter((o) -> !o.evalCase().expectsNoAnswer()).count();
		long none = outcomes.size() - answerable;
		for (double at = 0.3; at < 0.96; at += 0.05) {
			double threshold = at;
			List<CaseOutcome> answered = outcomes.stream()
				.filter((o) -> !o.result().matches().isEmpty() && o.result().confidence() >= threshold)
				.toList();
			long right = answered.stream().filter(CaseOutcome::topIsRight).count();
			long noneAnswered = answered.stream().filter((o) -> o.evalCase().expectsNoAnswer()).count();
			this.out.printf(Locale.ROOT,
					"  answer at %.2f: in-KB answered %.3f, precision %.3f, NONE answered %d of %d%n", threshold,
					(answerable > 0) ? (double) (answered.size() - noneAnswered) / answerable : Double.NaN,
					answered.isEmpty() ? Double.NaN : (double) right / answered.size(), noneAnswered, none);
		}
	}

	private static List<EvalCase> readCases(EvalOptions options) {
		List<EvalCase> cases = new ArrayList<>();
		for (String file : options.values().getOrDefault("--cases", "").split(",")) {
			if (file.isBlank()) {
				throw new IllegalArgumentException("missing --cases");
			}
			cases.addAll(EvalFiles.readCases(Path.of(file.strip())));
		}
		return cases;
	}

	/**
	 * The most frequent mistakes: outright answers with the wrong entry first (what a
	 * shopper is told wrongly), then in-KB questions not answered with their entry.
	 */
	private void printConfusions(List<CaseOutcome> outcomes, int top) {
		this.out.println("  answered wrongly:");
		print(outcomes.stream().filter((o) -> o.result().verdict() == Verdict.ANSWER && !o.topIsRight()), top);
		this.out.println("  in-KB, not answered with the expected entry:");
		print(outcomes.stream()
			.filter((o) -> !o.evalCase().expectsNoAnswer() && o.result().verdict() != Verdict.ANSWER), top);
	}

	private void print(Stream<CaseOutcome> outcomes, int top) {
		outcomes.limit(top)
			.forEach((o) -> this.out.printf(Locale.ROOT, "    %s -> %s (%s %.2f): %s%n", o.evalCase().expectedOrNone(),
					o.result().best().map((m) -> m.entryId()).orElse(EvalCase.NONE), o.result().verdict(),
					o.result().confidence(), o.evalCase().query()));
	}

	private static List<EvalCase> sample(List<EvalCase> cases, int limit) {
		if (limit <= 0 || limit >= cases.size()) {
			return cases;
		}
		List<EvalCase> shuffled = new ArrayList<>(cases);
		Collections.shuffle(shuffled, new Random(7));
		return shuffled.subList(0, limit);
	}

	private String toJson(Object value) {
		try {
			return EvalJson.MAPPER.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int usage() {
		this.out.println("""
				usage: eval faq --kb KB.jsonl --cases CASES.csv[,MORE.csv] [--json] [--limit N] [--errors N]
				                [--zh-model|--en-model score,margin,outOfScope,bias,answerAt,choicesAt]
				       eval calibrate --kb KB.jsonl --cases DEV.csv[,MORE.csv] [--json] [--limit N]
				       eval convert bitext|ecommerce-faq|afqmc|out-of-domain --datasets DIR --out DIR""");
		return 2;
	}

}
