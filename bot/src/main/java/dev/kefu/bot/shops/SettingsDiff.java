package dev.kefu.bot.shops;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What changed between two versions of a shop's settings, field by field, named as in the
 * JSON ({@code hours.week[0].to}).
 */
public final class SettingsDiff {

	// A static utility, so a mapper of its own. It writes times and durations as
	// Jackson's timestamps, not as the stored ISO text: that is how the diff has always
	// shown them.
	private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	private SettingsDiff() {
	}

	/**
	 * The changed fields.
	 * @param before the older settings
	 * @param after the newer settings
	 * @return each changed field with its value before and after (as text; empty when
	 * absent)
	 */
	public static List<Change> between(ShopSettings before, ShopSettings after) {
		Map<String, String> was = flatten(JSON.valueToTree(before));
		Map<String, String> is = flatten(JSON.valueToTree(after));
		Map<String, Change> changes = new TreeMap<>();
		was.forEach((field, value) -> {
			if (!Objects.equals(value, is.get(field))) {
				changes.put(field, new Change(field, value, is.getOrDefault(field, "")));
			}
		});
		is.forEach((field, value) -> {
			if (!was.containsKey(field)) {
				changes.put(field, new Change(field, "", value));
			}
		});
		return new ArrayList<>(changes.values());
	}

	private static Map<String, String> flatten(JsonNode node) {
		Map<String, String> fields = new TreeMap<>();
		flatten("", node, fields);
		return fields;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> into) {
		if (node == null || node.isNull()) {
			return;
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), into);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), into);
			}
		}
		else {
			into.put(path, node.asText());
		}
	}

	/**
	 * One changed field.
	 *
	 * @param field where
	 * @param before its value before
	 * @param after its value after
	 */
	public record Change(String field, String before, String after) {
	}

}
