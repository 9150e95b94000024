package dev.kefu.returns.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
			throw new InvalidRuleSet("The rule set is empty.", null);
		}
		try {
			Document document = mapper.readValue(text, Document.class);
			if (document == null) {
				throw new InvalidRuleSet("The rule set is empty.", null);
			}
			return new RuleSet(version, document.approvedReason(), document.rules());
		}
		catch (JsonMappingException ex) {
			throw new InvalidRuleSet(describe(ex), ex);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidRuleSet("Malformed document: " + ex.getOriginalMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRuleSet(ex.getMessage(), ex);
		}
	}

	private static String describe(JsonMappingException ex) {
		String path = ex.getPath()
			.stream()
			.map((ref) -> (ref.getFieldName() != null) ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof IllegalArgumentException) {
			return (path.isEmpty() ? "" : "At " + path + ": ") + cause.getMessage();
		}
		if (ex.getOriginalMessage().startsWith("Cannot map `null`")) {
			return "At " + path + ": a value is required";
		}
		if (cause != ex) {
			// A parse error underneath (bad YAML or JSON syntax), not a rule error.
			return "Malformed document: " + cause.getMessage().lines().findFirst().orElse("");
		}
		return (path.isEmpty() ? "" : "At " + path + ": ") + ex.getOriginalMessage().lines().findFirst().orElse("");
	}

	private static String write(ObjectMapper mapper, RuleSet rules) {
		try {
			return mapper.writeValueAsString(new Document(rules.approvedReason(), rules.rules()));
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
