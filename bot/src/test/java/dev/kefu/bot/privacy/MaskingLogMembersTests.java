package dev.kefu.bot.privacy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.json.JsonWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured-log customizer masks personal data in every string member of a line.
 */
class MaskingLogMembersTests {

	@Test
	void masksPersonalDataInEveryStringOfALogLine() {
		JsonWriter<Map<String, String>> writer = JsonWriter.of((members) -> {
			members.add("message", (line) -> line.get("message"));
			members.add("error", (line) -> line.get("error"));
			new MaskingLogMembers().customize(cast(members));
		});
		String json = writer.writeToString(Map.of("message", "turn from 13812345678 about KT20261001", "error",
				"could not reach xiaomei@example.com"));
		assertThat(json).contains("138****5678").contains("KT20261001").contains("x***@example.com");
		assertThat(json).doesNotContain("13812345678").doesNotContain("xiaomei@example.com");
	}

	@SuppressWarnings("unchecked")
	private static JsonWriter.Members<Object> cast(JsonWriter.Members<?> members) {
		return (JsonWriter.Members<Object>) members;
	}

}
