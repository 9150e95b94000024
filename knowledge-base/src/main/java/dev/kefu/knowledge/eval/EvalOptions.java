package dev.kefu.knowledge.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.Calibration;
import dev.kefu.knowledge.search.ConfidenceModel;

/**
 * The options of an eval sub-command: {@code --name value} pairs, bare {@code --flag}s
 * and one positional word.
 *
 * @param values the options by name (a flag maps to an empty string)
 * @param positional the positional word, or empty
 */
public record EvalOptions(Map<String, String> values, String positional) {

	public static EvalOptions parse(List<String> args) {
		Map<String, String> values = new LinkedHashMap<>();
		String positional = "";
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				boolean hasValue = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
				values.put(arg, hasValue ? args.get(++i) : "");
			}
			else {
				positional = arg;
			}
		}
		return new EvalOptions(values, positional);
	}

	public Path path(String name) {
		String value = this.values.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("missing " + name);
		}
		return Path.of(value);
	}

	/**
	 * Several files given as one option, {@code A.csv,B.csv}.
	 * @param name the option
	 * @return the files, in the order given
	 */
	public List<Path> paths(String name) {
		path(name);
		return Arrays.stream(this.values.get(name).split(","))
			.map(String::strip)
			.filter((file) -> !file.isEmpty())
			.map(Path::of)
			.toList();
	}

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	/**
	 * The confidence models to measure: the defaults, or a candidate given as
	 * {@code --zh-model} / {@code --en-model
	 * scoreWeight,marginWeight,outOfScopeWeight,bias,answerAt,choicesAt}.
	 * @return the calibration
	 */
	public Calibration calibration() {
		Calibration calibration = Calibration.DEFAULT;
		for (Language language : Language.values()) {
			String value = this.values.get("--" + language.code() + "-model");
			if (value != null) {
				double[] w = Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
				if (w.length != 6) {
					throw new IllegalArgumentException("--" + language.code()
							+ "-model takes scoreWeight,marginWeight,outOfScopeWeight,bias,answerAt,choicesAt");
				}
				calibration = calibration.with(language, new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5]));
			}
		}
		return calibration;
	}

	public int limit() {
		return Integer.parseInt(this.values.getOrDefault("--limit", "0"));
	}

}
