package dev.kefu.bot.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.modulith.events.core.EventSerializer;

/**
 * The stored form of a published event (the registry's {@code serialized_event}): JSON
 * written and read back by Kefu alone, so not the application's mapper, which reads what
 * comes in from outside strictly (unknown properties refused, every string checked
 * against the input policy) and follows the web's settings. Instants as ISO-8601 text;
 * unknown properties ignored, so an event stored before a field was removed still reads.
 */
final class StoredEvents implements EventSerializer {

	private final ObjectMapper mapper = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Override
	public Object serialize(Object event) {
		try {
			return this.mapper.writeValueAsString(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot store the event " + event.getClass().getName(), ex);
		}
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		try {
			return this.mapper.readValue(serialized.toString(), type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot read a stored " + type.getName(), ex);
		}
	}

}
