package dev.kefu.integrations.vision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vision model, off by default; with it configured, each shop still switches it on in
 * its settings (photos.vision-model).
 *
 * @param provider {@code none}, or {@code openai-compatible} (vLLM or Ollama serving a
 * Qwen-VL or LLaVA model, or a hosted multimodal model)
 * @param baseUrl the endpoint, ending before {@code /chat/completions}
 * @param apiKey the key (anything for Ollama)
 * @param model the model name
 * @param timeout longest wait for one photo; past it there is no finding
 */
@ConfigurationProperties("kefu.integrations.vision")
public record VisionSettings(@DefaultValue("none") String provider, String baseUrl, String apiKey,
		@DefaultValue("qwen2.5-vl-7b-instruct") String model, @DefaultValue("8s") Duration timeout) {

}
