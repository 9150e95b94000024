package dev.kefu.bot.privacy;

import dev.kefu.knowledge.privacy.PersonalDataMasker;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks personal data in every string of a structured (JSON) log line, message and
 * exception text included, so a phone number a shopper typed never reaches a log store.
 * Set by {@code logging.structured.json.customizer} in application.yml.
 */
public class MaskingLogMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMasker::mask));
	}

}
