package dev.kefu.bot.anger.training;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.anger.AngerDetector;
import dev.kefu.bot.anger.AngerModel;
import dev.kefu.bot.anger.AngerThresholds;
import dev.kefu.knowledge.eval.EvalOptions;
import dev.kefu.knowledge.search.InProcessEmbedder;
import dev.kefu.knowledge.search.TextEmbedder;

/**
 * The escalation part of the application's {@code eval} mode:
 * <ul>
 * <li>{@code escalation --cases CASES.csv [--json] [--model MODEL.json] [--errors N]}:
 * precision, recall, F1 and the confusion counts per language (and per source dataset),
 * for the production decision and for the lexicon-only baseline;</li>
 * <li>{@code train-escalation --train TRAIN.csv --dev DEV.csv --out MODEL.json}: trains
 * the classifier;</li>
 * <li>{@code convert escalation --datasets DIR --out DIR}: builds train, dev and test
 * files from the public datasets.</li>
 * </ul>
 */
public final class EscalationEvalCommand {

	private final PrintStream out;

	private final ObjectMapper json = new ObjectMapper();

	public EscalationEvalCommand(PrintStream out) {
		this.out = out;
	}

	/**
	 * Whether a command line is one of these sub-commands.
	 * @param args the eval arguments
	 * @return true for {@code escalation}, {@code train-escalation} and
	 * {@code convert escalation}
	 */
	public static boolean handles(List<String> args) {
		return !args.isEmpty() && (args.get(0).equals("escalation") || args.get(0).equals("train-escalation")
				|| (args.get(0).equals("convert") && args.contains("escalation")));
	}

	public int run(List<String> args) {
		EvalOptions options = EvalOptions.parse(args.subList(1, args.size()));
		return switch (args.get(0)) {
			case "escalation" -> evaluate(options);
			case "train-escalation" -> train(options);
			case "convert" -> convert(options);
			default -> usage();
		};
	}

	private int evaluate(EvalOptions options) {
		List<LabelledText> cases = EscalationFiles.read(options.path("--cases"));
		AngerModel model = options.has("--model") ? readModel(options.path("--model")) : AngerModel.shipped();
		TextEmbedder embedder = new InProcessEmbedder();
		EscalationEvaluation.Report report = new EscalationEvaluation(embedder,
				new AngerDetector(embedder, model, AngerThresholds.defaults()))
			.run(cases);
		print("detector (model + lexicon + requests for a person)", report.detector());
		print("baseline (lexicon + requests for a person only)", report.lexiconBaseline());
		if (options.has("--errors")) {
			report.mistakes()
				.stream()
				.limit(Integer.parseInt(options.values().get("--errors")))
				.forEach((m) -> this.out.printf("  %s %.2f %s%n", m.labelled().positive() ? "missed" : "false alarm",
						m.score(), m.labelled().text()));
		}
		if (options.has("--json")) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("cases", report.cases());
			result.put("detector", asMap(report.detector()));
			result.put("baseline_lexicon", asMap(report.lexiconBaseline()));
			try {
				this.out.println(this.json.writeValueAsString(result));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return 0;
	}

	private int train(EvalOptions options) {
		List<LabelledText> train = EscalationFiles.read(options.path("--train"));
		List<LabelledText> dev = EscalationFiles.read(options.path("--dev"));
		AngerModel model = new AngerTraining(new InProcessEmbedder(), this.out).train(train, dev);
		Path target = options.path("--out");
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.writeString(target, model.toJson(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + target, ex);
		}
		this.out.println("wrote " + target);
		return 0;
	}

	private int convert(EvalOptions options) {
		Path target = options.path("--out");
		List<Integer> sizes = EscalationDatasets.convert(options.path("--datasets"), target);
		this.out.printf("wrote %s (%d), dev.csv (%d), test.csv (%d)%n", target.resolve("train.csv"), sizes.get(0),
				sizes.get(1), sizes.get(2));
		return 0;
	}

	private void print(String title, EscalationEvaluation.Breakdown breakdown) {
		this.out.println(title);
		this.out.println("  all      " + breakdown.overall().describe());
		breakdown.perLanguage()
			.forEach((language, counts) -> this.out.printf("  %-8s %s%n", language, counts.describe()));
		breakdown.perSource().forEach((source, counts) -> this.out.printf("  %-20s %s%n", source, counts.describe()));
	}

	private static Map<String, Object> asMap(EscalationEvaluation.Breakdown breakdown) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("overall", metrics(breakdown.overall()));
		Map<String, Object> perLanguage = new LinkedHashMap<>();
		breakdown.perLanguage().forEach((language, counts) -> perLanguage.put(language, metrics(counts)));
		map.put("perLanguage", perLanguage);
		Map<String, Object> perSource = new LinkedHashMap<>();
		breakdown.perSource().forEach((source, counts) -> perSource.put(source, metrics(counts)));
		map.put("perSource", perSource);
		return map;
	}

	private static Map<String, Object> metrics(BinaryCounts counts) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("precision", round(counts.precision()));
		map.put("recall", round(counts.recall()));
		map.put("f1", round(counts.f1()));
		map.put("tp", counts.truePositives());
		map.put("fp", counts.falsePositives());
		map.put("fn", counts.falseNegatives());
		map.put("tn", counts.trueNegatives());
		return map;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static AngerModel readModel(Path file) {
		try (var in = Files.newInputStream(file)) {
			return AngerModel.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private int usage() {
		this.out.println("""
				usage: eval escalation --cases CASES.csv [--json] [--model MODEL.json] [--errors N]
				       eval train-escalation --train TRAIN.csv --dev DEV.csv --out MODEL.json
				       eval convert escalation --datasets DIR --out DIR""");
		return 2;
	}

}
