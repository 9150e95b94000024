package dev.kefu.bot.anger.training;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.anger.ConcernDetector;
import dev.kefu.bot.anger.ConcernModel;
import dev.kefu.bot.anger.DetectionSettings;
import dev.kefu.knowledge.eval.EvalOptions;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.InProcessEmbedder;

/**
 * The escalation part of the application's {@code eval} mode:
 * <ul>
 * <li>{@code escalation --cases CASES.csv [--json] [--model MODEL.json] [--errors N]
 * [--embedding-cache DIR]}: single messages
 * ({@code text,label[,reasons][,script][,source]}) or conversations
 * ({@code conversation,turn,text,label,reasons,script}); prints, for the detector, the
 * lexicon baseline and today's detector of the same run, precision and recall of "send to
 * a person" (overall, per script, per source) and per reason, and for messages the
 * detector's precision-recall tables (per reason over its threshold; for the decision
 * over a shift of every threshold) for a shop to choose from;</li>
 * <li>{@code train-escalation --messages DEV.csv --conversations DEV.csv [--public
 * TRAIN.csv] --out MODEL.json [--cost SAFETY=20,LEGAL=10,...] [--public-weight W] [--l2
 * L]}: trains the detector on development data only, prints its cross-validated dev
 * figures;</li>
 * <li>{@code convert escalation --datasets DIR --out DIR}: writes train, dev and test
 * files from the public datasets.</li>
 * </ul>
 */
public final class EscalationEvalCommand {

	private final PrintStream out;

	private boolean verbose;

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
		List<Path> files = options.paths("--cases");
		Path cases = files.get(0);
		ConcernModel model = options.has("--model") ? readModel(options.path("--model")) : ConcernModel.shipped();
		EscalationEvaluation evaluation = new EscalationEvaluation(embeddings(options), model,
				DetectionSettings.defaults(), TodaysDetector.shipped());
		Map<String, Object> result = new LinkedHashMap<>();
		if (EscalationFiles.holdsConversations(cases)) {
			EscalationEvaluation.ConversationReport report = evaluation
				.conversations(EscalationFiles.readConversations(cases));
			printConversations(report);
			if (options.has("--errors")) {
				report.differences()
					.stream()
					.limit(Integer.parseInt(options.values().get("--errors")))
					.forEach((line) -> this.out.println("  " + line));
			}
			result.put("conversations", report.conversations());
			result.put("turns", report.turns());
			report.results().forEach((name, r) -> result.put(name, conversationMap(r)));
		}
		else {
			EscalationEvaluation.MessageReport report = evaluation
				.messages(files.stream().flatMap((file) -> EscalationFiles.read(file).stream()).toList());
			printMessages(report, model);
			if (options.has("--errors")) {
				report.mistakes()
					.stream()
					.limit(Integer.parseInt(options.values().get("--errors")))
					.forEach((m) -> this.out.printf("  %s: %s %s found %s %s%n", m.who(),
							m.labelled().positive() ? "labelled " + m.labelled().reasons() : "calm",
							m.assessment().needsPerson() ? "" : "(kept with the bot)", m.assessment().concerns(),
							m.labelled().text()));
			}
			result.put("cases", report.cases());
			report.results().forEach((name, breakdown) -> result.put(name, asMap(breakdown)));
			Map<String, Object> tables = new LinkedHashMap<>();
			report.perConcern().forEach((concern, points) -> tables.put(concern.name(), points(points)));
			result.put("precision_recall_per_reason", tables);
			result.put("precision_recall_by_shift", points(report.shifts()));
		}
		if (options.has("--json")) {
			try {
				this.out.println(TrainingJson.MAPPER.writeValueAsString(result));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return 0;
	}

	private int train(EvalOptions options) {
		List<LabelledText> messages = options.paths("--messages")
			.stream()
			.flatMap((file) -> EscalationFiles.read(file).stream())
			.toList();
		List<Conversation> conversations = options.has("--conversations")
				? EscalationFiles.readConversations(options.path("--conversations")) : List.of();
		List<LabelledText> publicTraining = options.has("--public") ? EscalationFiles.read(options.path("--public"))
				: List.of();
		Map<Concern, Double> costs = new EnumMap<>(ConcernTraining.DEFAULT_COSTS);
		if (options.has("--cost")) {
			for (String pair : options.values().get("--cost").split(",")) {
				String[] parts = pair.split("=");
				costs.put(Concern.valueOf(parts[0].strip()), Double.parseDouble(parts[1].strip()));
			}
		}
		double publicWeight = Double.parseDouble(options.values().getOrDefault("--public-weight", "0.2"));
		double l2 = Double.parseDouble(options.values().getOrDefault("--l2", "0.1"));
		double minimumPrecision = Double.parseDouble(options.values().getOrDefault("--min-precision", "0.96"));
		BulkEmbeddings embeddings = embeddings(options);
		this.verbose = options.has("--errors");
		ConcernTraining.Result result = new ConcernTraining(embeddings, this.out, costs, publicWeight, l2,
				minimumPrecision)
			.train(messages, conversations, publicTraining);
		Path target = options.path("--out");
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.writeString(target, result.model().toJson(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + target, ex);
		}
		this.out.println("wrote " + target);
		printOutOfFold(messages, result);
		List<ConcernDetector.Reading> readings = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			readings.add(result.outOfFold().get("m" + i));
		}
		this.out.println("dev messages, out of fold, as eval escalation prints them:");
		printMessages(new EscalationEvaluation(embeddings, result.model(), DetectionSettings.defaults(),
				TodaysDetector.shipped())
			.messages(messages, readings), result.model());
		return 0;
	}

	/**
	 * The dev messages scored by models that never saw them (cross-validation), for the
	 * whole detector, the models alone and the lexicon's sure words alone.
	 */
	private void printOutOfFold(List<LabelledText> messages, ConcernTraining.Result result) {
		var detector = new ConcernDetector(null, result.model(), DetectionSettings.defaults());
		BinaryCounts overall = BinaryCounts.NONE;
		BinaryCounts modelOnly = BinaryCounts.NONE;
		Map<Concern, BinaryCounts[]> perReason = new EnumMap<>(Concern.class);
		for (int i = 0; i < messages.size(); i++) {
			LabelledText m = messages.get(i);
			var reading = result.outOfFold().get("m" + i);
			var assessment = detector.decide(reading, List.of());
			overall = overall.add(assessment.needsPerson(), m.positive());
			if (this.verbose && assessment.needsPerson() != m.positive()) {
				this.out.printf("  oof %s %s %s %s%n", m.positive() ? "missed" : "false alarm", m.reasons(),
						assessment.concerns(), m.text());
			}
			else if (this.verbose && m.positive() && !assessment.concerns().containsAll(m.reasons())) {
				this.out.printf("  oof reasons %s %s %s%n", m.reasons(), assessment.concerns(), m.text());
			}
			boolean anyByModel = false;
			for (Concern concern : Concern.IN_A_MESSAGE) {
				boolean actual = m.reasons().contains(concern);
				var language = result.model().language(reading.query().language());
				boolean byModel = !reading.query().isBlank()
						&& reading.probabilities().get(concern) >= language.classifier(concern).threshold()
						&& reading.gate() >= language.gate().threshold();
				BinaryCounts[] counts = perReason.computeIfAbsent(concern,
						(c) -> new BinaryCounts[] { BinaryCounts.NONE, BinaryCounts.NONE, BinaryCounts.NONE });
				counts[0] = counts[0].add(assessment.has(concern), actual);
				counts[1] = counts[1].add(byModel, actual);
				counts[2] = counts[2].add(reading.hits().isSure(concern), actual);
				anyByModel |= byModel;
			}
			modelOnly = modelOnly.add(anyByModel, m.positive());
		}
		for (double shift : List.of(0.0, 0.5, 1.0, 1.5, 2.0, 3.0)) {
			BinaryCounts counts = BinaryCounts.NONE;
			for (int i = 0; i < messages.size(); i++) {
				var reading = result.outOfFold().get("m" + i);
				boolean any = false;
				for (Concern concern : Concern.IN_A_MESSAGE) {
					DetectionSettings shifted = new DetectionSettings(Map.of(), null, shift, true, true);
					var language = result.model().language(reading.query().language());
					double t = shifted.threshold(concern, language.classifier(concern).threshold());
					any |= !reading.query().isBlank() && reading.probabilities().get(concern) >= t
							&& reading.gate() >= shifted.gateThreshold(language.gate().threshold());
				}
				counts = counts.add(any, messages.get(i).positive());
			}
			this.out.printf("  models alone, shift %+.1f: %s%n", shift, counts.describe());
		}
		this.out.println("dev messages, out of fold (models that did not see them):");
		this.out.println("  send to a person  " + overall.describe());
		this.out.println("  ... models alone  " + modelOnly.describe());
		perReason.forEach((concern, counts) -> {
			this.out.printf("  %-10s detector %s%n", concern, counts[0].describe());
			this.out.printf("  %-10s model    %s%n", "", counts[1].describe());
			this.out.printf("  %-10s lexicon  %s%n", "", counts[2].describe());
		});
	}

	private int convert(EvalOptions options) {
		Path target = options.path("--out");
		List<Integer> sizes = EscalationDatasets.convert(options.path("--datasets"), target);
		this.out.printf("wrote %s (%d), dev.csv (%d), test.csv (%d)%n", target.resolve("train.csv"), sizes.get(0),
				sizes.get(1), sizes.get(2));
		return 0;
	}

	private BulkEmbeddings embeddings(EvalOptions options) {
		return new BulkEmbeddings(new InProcessEmbedder(),
				options.has("--embedding-cache") ? options.path("--embedding-cache") : null);
	}

	private void printMessages(EscalationEvaluation.MessageReport report, ConcernModel model) {
		this.out.printf("%d messages%n", report.cases());
		report.results().forEach((name, breakdown) -> {
			this.out.println(title(name));
			this.out.println("  send to a person  " + breakdown.overall().describe());
			breakdown.perGroup()
				.forEach((group, counts) -> this.out.printf("    %-14s %s%n", group, counts.describe()));
			breakdown.perSource()
				.forEach((source, counts) -> this.out.printf("    %-22s %s%n", source, counts.describe()));
			if (report.withReasons()) {
				breakdown.perReason()
					.forEach((concern, counts) -> this.out.printf("  %-16s %s%n", concern, counts.describe()));
			}
		});
		if (report.withReasons()) {
			this.out.println(
					"detector, precision / recall per reason by threshold (the lexicon's sure words always count):");
			StringBuilder header = new StringBuilder("  threshold ");
			report.perConcern().keySet().forEach((concern) -> header.append(String.format(" %-12s", concern)));
			this.out.println(header);
			int rows = report.perConcern().values().iterator().next().size();
			for (int i = 0; i < rows; i++) {
				StringBuilder line = new StringBuilder(
						String.format("  %.2f      ", report.perConcern().get(Concern.SAFETY).get(i).at()));
				for (List<EscalationEvaluation.PrPoint> points : report.perConcern().values()) {
					BinaryCounts c = points.get(i).counts();
					line.append(String.format(" %.2f / %.2f  ", c.precision(), c.recall()));
				}
				this.out.println(line);
			}
			StringBuilder shipped = new StringBuilder("  shipped    ");
			for (Concern concern : report.perConcern().keySet()) {
				shipped.append(
						String.format(" zh %.2f en %.2f", model.language(Language.ZH).classifier(concern).threshold(),
								model.language(Language.EN).classifier(concern).threshold()));
			}
			this.out.println(shipped);
		}
		this.out.println("detector, send to a person with every threshold shifted (log-odds; + fewer hand-offs):");
		for (EscalationEvaluation.PrPoint point : report.shifts()) {
			this.out.printf("  %+.1f  %s%n", point.at(), point.counts().describe());
		}
	}

	private void printConversations(EscalationEvaluation.ConversationReport report) {
		this.out.printf("%d conversations, %d turns%n", report.conversations(), report.turns());
		report.results().forEach((name, r) -> {
			this.out.println(title(name));
			this.out.println("  turns with a person  " + r.turns().describe());
			this.out.println("  conversations        " + r.conversations().describe());
			this.out.printf("  rightly sent: %d at the labelled turn, %d earlier, %d later%n", r.onTime(), r.early(),
					r.late());
			r.perReason().forEach((concern, counts) -> this.out.printf("  %-16s %s%n", concern, counts.describe()));
		});
	}

	private static String title(String name) {
		return switch (name) {
			case EscalationEvaluation.DETECTOR -> "detector (models per reason + lexicon + conversation rules)";
			case EscalationEvaluation.LEXICON -> "baseline: lexicon and rules only, no model";
			default -> "baseline: today's detector (before issue 18)";
		};
	}

	private static Map<String, Object> asMap(EscalationEvaluation.Breakdown breakdown) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("overall", metrics(breakdown.overall()));
		Map<String, Object> perGroup = new LinkedHashMap<>();
		breakdown.perGroup().forEach((group, counts) -> perGroup.put(group, metrics(counts)));
		map.put("perScript", perGroup);
		Map<String, Object> perSource = new LinkedHashMap<>();
		breakdown.perSource().forEach((source, counts) -> perSource.put(source, metrics(counts)));
		map.put("perSource", perSource);
		Map<String, Object> perReason = new LinkedHashMap<>();
		breakdown.perReason().forEach((concern, counts) -> perReason.put(concern.name(), metrics(counts)));
		map.put("perReason", perReason);
		return map;
	}

	private static Map<String, Object> conversationMap(EscalationEvaluation.ConversationResult r) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("turns", metrics(r.turns()));
		map.put("conversations", metrics(r.conversations()));
		map.put("onTime", r.onTime());
		map.put("early", r.early());
		map.put("late", r.late());
		Map<String, Object> perReason = new LinkedHashMap<>();
		r.perReason().forEach((concern, counts) -> perReason.put(concern.name(), metrics(counts)));
		map.put("perReason", perReason);
		return map;
	}

	private static List<Object> points(List<EscalationEvaluation.PrPoint> points) {
		List<Object> list = new ArrayList<>();
		for (EscalationEvaluation.PrPoint point : points) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("at", point.at());
			map.putAll(metrics(point.counts()));
			list.add(map);
		}
		return list;
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

	private static ConcernModel readModel(Path file) {
		try (var in = Files.newInputStream(file)) {
			return ConcernModel.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	private int usage() {
		this.out.println(
				"""
						usage: eval escalation --cases CASES.csv[,MORE.csv] [--json] [--model MODEL.json] [--errors N] [--embedding-cache DIR]
						       eval train-escalation --messages DEV.csv[,MORE.csv] [--conversations DEV.csv] [--public TRAIN.csv] --out MODEL.json
						                             [--cost SAFETY=20,LEGAL=10,...] [--public-weight 0.2] [--l2 0.1] [--min-precision 0.96]
						                           [--embedding-cache DIR]
						       eval convert escalation --datasets DIR --out DIR""");
		return 2;
	}

}
