package dev.kefu.integrations.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mapper of a language model's JSON: Jackson's defaults, so an answer is read up to
 * its first JSON value; what an answer means is checked by the adapter that reads it. It
 * is no default candidate, so Boot's application {@code ObjectMapper} still exists and is
 * the one injected where no qualifier asks.
 */
@Configuration(proxyBeanMethods = false)
public class ModelJsonConfiguration {

	@Bean(defaultCandidate = false)
	@ModelJson
	ObjectMapper modelJson() {
		return JsonMapper.builder().build();
	}

}
