package dev.kefu.integrations.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The language model, off by default.
 *
 * @param provider {@code none}, or {@code openai-compatible} (OpenAI, Azure-style
 * gateways, vLLM, or Ollama at {@code http://localhost:11434/v1})
 * @param baseUrl the endpoint, ending before {@code /chat/completions}
 * @param apiKey the key ({@code ollama} or anything for Ollama)
 * @param model the model name
 * @param timeout longest wait for an answer; past it the bot answers without the model
 */
@ConfigurationProperties("kefu.integrations.llm")
public record LlmSettings(@DefaultValue("none") String provider, String baseUrl, String apiKey,
		@DefaultValue("gpt-4o-mini") String model, @DefaultValue("3s") Duration timeout) {

}
