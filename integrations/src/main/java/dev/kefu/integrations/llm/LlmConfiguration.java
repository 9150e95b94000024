package dev.kefu.integrations.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.knowledge.answer.ConversationSummarizer;
import dev.kefu.knowledge.answer.GroundedPhrasing;
import dev.kefu.knowledge.answer.TurnUnderstanding;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Builds the language model when one is configured
 * ({@code kefu.integrations.llm.provider=openai-compatible}): one chat model behind the
 * answer phrasing, the turn understanding and the agents' summaries.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.integrations.llm.provider", havingValue = "openai-compatible")
@Import(ModelJsonConfiguration.class)
public class LlmConfiguration {

	@Bean
	ChatModel kefuChatModel(LlmSettings settings) {
		if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
			throw new IllegalStateException(
					"kefu.integrations.llm.base-url is required with provider openai-compatible");
		}
		return OpenAiChatModel.builder()
			.baseUrl(settings.baseUrl())
			.apiKey((settings.apiKey() != null) ? settings.apiKey() : "none")
			.modelName(settings.model())
			.temperature(0.0)
			.timeout(settings.timeout())
			.maxRetries(0)
			.build();
	}

	@Bean
	GroundedPhrasing groundedPhrasing(ChatModel kefuChatModel) {
		return new LangChainGroundedPhrasing(kefuChatModel);
	}

	@Bean
	ConversationSummarizer conversationSummarizer(ChatModel kefuChatModel) {
		return new LangChainConversationSummarizer(kefuChatModel);
	}

	@Bean
	TurnUnderstanding turnUnderstanding(ChatModel kefuChatModel, @ModelJson ObjectMapper modelJson) {
		return new LangChainTurnUnderstanding(kefuChatModel, modelJson);
	}

}
