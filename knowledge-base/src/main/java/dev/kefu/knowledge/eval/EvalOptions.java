package dev.kefu.knowledge.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	public int limit() {
		return Integer.parseInt(this.values.getOrDefault("--limit", "0"));
	}

}
