package dev.kefu.integrations.vision;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.integrations.llm.ModelJson;
import dev.kefu.integrations.llm.ModelJsonConfiguration;
import dev.kefu.returns.evidence.PhotoVisionModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Builds the vision model when one is configured
 * ({@code kefu.integrations.vision.provider=openai-compatible}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.vision.provider", havingValue = "openai-compatible")
@EnableConfigurationProperties(VisionSettings.class)
@Import(ModelJsonConfiguration.class)
public class VisionConfiguration {

	@Bean
	PhotoVisionModel photoVisionModel(VisionSettings settings, @ModelJson ObjectMapper modelJson) {
		if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
			throw new IllegalStateException(
					"kefu.integrations.vision.base-url is required with provider openai-compatible");
		}
		// The chat model stays inside this bean: the text model's ChatModel bean is
		// another.
		return new LangChainPhotoVision(OpenAiChatModel.builder()
			.baseUrl(settings.baseUrl())
			.apiKey((settings.apiKey() != null) ? settings.apiKey() : "none")
			.modelName(settings.model())
			.temperature(0.0)
			.timeout(settings.timeout())
			.maxRetries(0)
			.build(), modelJson);
	}

}
