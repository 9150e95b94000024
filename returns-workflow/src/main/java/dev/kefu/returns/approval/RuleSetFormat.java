package dev.kefu.returns.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes rule sets as YAML (what ops edit) and JSON (what is stored), with
 * kebab-case keys in both. Unknown keys are errors, so that a typo in a rule never
 * silently turns the rule off.
 */
public final class RuleSetFormat {

	// A static utility (ops' files, stored versions, tests), so mappers of its own: one
	// per format, configured alike.
	private static final ObjectMapper YAML = configure(YAMLMapper
		.builder(YAMLFactory.builder()
			.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
			.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
			.build())
		.build());

	private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

	private RuleSetFormat() {
	}

	private static ObjectMapper configure(ObjectMapper mapper) {
		// Exact decimals: rule names are written through a tree, which would otherwise
		// write 500 as 5E+2 and 9.90 as 9.9.
		mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
		return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
	}

	/**
	 * Reads a YAML document.
	 * @param yaml the document
	 * @param version the version to give it
	 * @return the rule set
	 * @throws InvalidRuleSet if the document is malformed or a rule is invalid
	 */
	public static RuleSet fromYaml(String yaml, int version) {
		return read(YAML, yaml, version);
	}

	/**
	 * Reads a JSON document.
	 * @param json the document
	 * @param version the version to give it
	 * @return the rule set
	 * @throws InvalidRuleSet if the document is malformed or a rule is invalid
	 */
	public static RuleSet fromJson(String json, int version) {
		return read(JSON, json, version);
	}

	/**
	 * Writes a rule set as YAML.
	 * @param rules the rule set
	 * @return the document
	 */
	public static String toYaml(RuleSet rules) {
		return write(YAML, rules);
	}

	/**
	 * Writes a rule set as JSON.
	 * @param rules the rule set
	 * @return the document
	 */
	public static String toJson(RuleSet rules) {
		return write(JSON, rules);
	}

	private static RuleSet read(ObjectMapper mapper, String text, int version) {
		if (text == null || text.isBlank()) {
			throw new InvalidRuleSet(InvalidRuleSet.Kind.EMPTY, "The rule set is empty.", null, 0, 0, null, null);
		}
		try {
			Document document = mapper.readValue(text, Document.class);
			if (document == null) {
				throw new InvalidRuleSet(InvalidRuleSet.Kind.EMPTY, "The rule set is empty.", null, 0, 0, null, null);
			}
			return new RuleSet(version, document.approvedReason(), document.rules(),
					names(mapper, text, document.rules()));
		}
		catch (JsonMappingException ex) {
			throw describe(mapper, ex, text);
		}
		catch (JsonProcessingException ex) {
			throw syntax(ex, ex.getLocation(), text);
		}
		catch (IllegalArgumentException ex) {
			// The rule set as a whole (an id used twice): the line is the id's second
			// use.
			Matcher twice = USED_TWICE.matcher(String.valueOf(ex.getMessage()));
			int line = twice.find() ? nthLine(text, "id: " + twice.group(1), 2) : 0;
			throw new InvalidRuleSet(InvalidRuleSet.Kind.INVALID_RULE, ex.getMessage(), ex, line, 0, null, null);
		}
	}

	private static final Pattern USED_TWICE = Pattern.compile("rule id '([^']+)' is used twice");

	/**
	 * A syntax error in words: the parser's own, without its echo of the text and its
	 * position (the line says where).
	 */
	private static InvalidRuleSet syntax(Throwable ex, JsonLocation at, String text) {
		List<String> echoed = text.lines().map(String::strip).toList();
		String said = String
			.valueOf((ex instanceof JsonProcessingException json) ? json.getOriginalMessage() : ex.getMessage())
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("in 'reader'") && !line.startsWith("^")
					&& !line.startsWith("at [Source"))
			.filter((line) -> !line.contains("line ") || !line.contains("column "))
			.filter((line) -> !echoed.contains(line))
			.distinct()
			.collect(Collectors.joining("; "));
		int line = (at != null) ? at.getLineNr() : 0;
		return new InvalidRuleSet(InvalidRuleSet.Kind.SYNTAX,
				"Malformed document" + ((line > 0) ? " at line " + line : "") + ": " + said, ex, line,
				(at != null) ? at.getColumnNr() : 0, null, null);
	}

	/** The line (1 for the first) of the n-th line holding a text, or 0. */
	private static int nthLine(String text, String holding, int n) {
		List<String> lines = text.lines().toList();
		int seen = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().replaceFirst("^- ", "").equals(holding) && ++seen == n) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * The line (1 for the first) where each key, list item and value of a document is
	 * written, by its JSON pointer ({@code /rules/7/max-amount}); up to a syntax error.
	 */
	private static Map<String, Integer> lines(ObjectMapper mapper, String text) {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = mapper.createParser(text)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
					lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
							parser.currentTokenLocation().getLineNr());
				}
			}
		}
		catch (IOException ex) {
			// What comes before the error is known.
		}
		return lines;
	}

	private static InvalidRuleSet describe(ObjectMapper mapper, JsonMappingException ex, String text) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause != ex && !(cause instanceof IllegalArgumentException)) {
			// A parse error underneath (bad YAML or JSON syntax), not a rule error.
			return syntax(cause, ex.getLocation(), text);
		}
		List<JsonMappingException.Reference> references = ex.getPath();
		String key = null;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			// The path ends at the unknown key: the field is where it was written.
			key = unknown.getPropertyName();
			references = references.subList(0, Math.max(0, references.size() - 1));
		}
		String path = path(references);
		String at = path.isEmpty() ? "" : "At " + path + ": ";
		JsonLocation where = ex.getLocation();
		int line = (where != null) ? where.getLineNr() : 0;
		int column = (where != null) ? where.getColumnNr() : 0;
		if (!(ex instanceof UnrecognizedPropertyException)) {
			line = lineOf(mapper, text, references, null, line);
		}
		InvalidRuleSet.Kind kind;
		String message;
		if (ex instanceof UnrecognizedPropertyException unknown) {
			kind = InvalidRuleSet.Kind.UNKNOWN_KEY;
			line = lineOf(mapper, text, references, key, line);
			List<String> known = (unknown.getKnownPropertyIds() != null)
					? unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() : List.of();
			message = at + "there is no key \"" + key + "\" here"
					+ (known.isEmpty() ? "" : "; the keys here are " + String.join(", ", known)) + ".";
		}
		else if (cause instanceof IllegalArgumentException) {
			kind = InvalidRuleSet.Kind.INVALID_RULE;
			message = at + cause.getMessage();
			// A rule's own check names the key it refuses first ("days must be ...").
			String named = String.valueOf(cause.getMessage()).split("[ :]", 2)[0];
			if (lines(mapper, text).containsKey(pointer(references) + "/" + named)) {
				path = path + "." + named;
			}
			line = lineOf(mapper, text, references, named, line);
		}
		else if (ex.getOriginalMessage().startsWith("Cannot map `null`")) {
			kind = InvalidRuleSet.Kind.MISSING_VALUE;
			message = at + "a value is required";
		}
		else if (ex instanceof InvalidTypeIdException typeId) {
			kind = InvalidRuleSet.Kind.WRONG_VALUE;
			message = at + "there is no rule of kind \"" + typeId.getTypeId() + "\"";
		}
		else if (ex instanceof InvalidFormatException format) {
			kind = InvalidRuleSet.Kind.WRONG_VALUE;
			message = at + "\"" + format.getValue() + "\" is not " + expected(format.getTargetType());
		}
		else if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			kind = InvalidRuleSet.Kind.WRONG_VALUE;
			message = at + "this is not " + expected(mismatched.getTargetType());
		}
		else {
			kind = InvalidRuleSet.Kind.WRONG_VALUE;
			message = at + ex.getOriginalMessage().lines().findFirst().orElse("");
		}
		return new InvalidRuleSet(kind, message, ex, line, column, path, key);
	}

	/** What a value of a type looks like, in words. */
	private static String expected(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (type == String.class) {
			return "text";
		}
		return "what belongs here";
	}

	/**
	 * The line of a key under a path (of the path itself when the key is not written
	 * there), or the parser's own line when the path is not found.
	 */
	private static int lineOf(ObjectMapper mapper, String text, List<JsonMappingException.Reference> references,
			String key, int parsers) {
		Map<String, Integer> lines = lines(mapper, text);
		String pointer = pointer(references);
		Integer line = (key != null) ? lines.get(pointer + "/" + key) : null;
		if (line == null) {
			line = lines.get(pointer);
		}
		return (line != null && line > 0) ? line : parsers;
	}

	private static String pointer(List<JsonMappingException.Reference> references) {
		return references.stream()
			.map((ref) -> "/" + ((ref.getFieldName() != null) ? ref.getFieldName() : String.valueOf(ref.getIndex())))
			.collect(Collectors.joining());
	}

	private static String path(List<JsonMappingException.Reference> references) {
		return references.stream()
			.map((ref) -> (ref.getFieldName() != null) ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	/**
	 * The rules' names in words, by rule id: each rule's {@code name}, which the rules
	 * themselves leave to their rule set (ApprovalRule ignores the key).
	 */
	private static Map<String, RuleName> names(ObjectMapper mapper, String text, List<ApprovalRule> rules)
			throws JsonProcessingException {
		Map<String, RuleName> names = new HashMap<>();
		JsonNode listed = mapper.readTree(text).path("rules");
		for (int i = 0; i < rules.size() && i < listed.size(); i++) {
			JsonNode name = listed.get(i).get("name");
			if (name == null || name.isNull()) {
				continue;
			}
			try {
				names.put(rules.get(i).id(), mapper.treeToValue(name, RuleName.class));
			}
			catch (JsonProcessingException | IllegalArgumentException ex) {
				Throwable cause = ex;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				String pointer = "/rules/" + i + "/name";
				String said = (cause instanceof IllegalArgumentException) ? cause.getMessage()
						: "a name is zh, zh-Hant and en texts";
				throw new InvalidRuleSet(InvalidRuleSet.Kind.INVALID_RULE, "At rules[" + i + "].name: " + said, ex,
						lines(mapper, text).getOrDefault(pointer, 0), 0, "rules[" + i + "].name", null);
			}
		}
		return names;
	}

	private static String write(ObjectMapper mapper, RuleSet rules) {
		try {
			JsonNode document = mapper.valueToTree(new Document(rules.approvedReason(), rules.rules()));
			JsonNode listed = document.path("rules");
			for (int i = 0; i < rules.rules().size(); i++) {
				RuleName name = rules.names().get(rules.rules().get(i).id());
				if (name != null && listed.get(i) instanceof ObjectNode rule) {
					rule.set("name", mapper.valueToTree(name));
				}
			}
			return mapper.writeValueAsString(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The document form: everything but the version, which the store assigns.
	 */
	private record Document(LocalizedText approvedReason, List<ApprovalRule> rules) {
	}

}
