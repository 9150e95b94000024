package dev.kefu.bot.stored;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mapper of stored JSON. What is stored keeps reading whatever the wire's JSON
 * settings become: times and durations are ISO text, and properties a newer version added
 * are skipped. It is no default candidate, so Boot's application {@code ObjectMapper}
 * still exists and is the one injected where no qualifier asks.
 */
@Configuration(proxyBeanMethods = false)
class StoredJsonConfiguration {

	@Bean(defaultCandidate = false)
	@StoredJson
	ObjectMapper storedJson() {
		return JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

}
