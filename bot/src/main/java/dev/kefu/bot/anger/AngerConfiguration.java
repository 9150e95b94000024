package dev.kefu.bot.anger;

import dev.kefu.knowledge.search.TextEmbedder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The detector the chat uses: the shipped model over the knowledge base's embedder.
 */
@Configuration(proxyBeanMethods = false)
class AngerConfiguration {

	@Bean
	AngerDetector angerDetector(TextEmbedder embedder, AngerThresholds thresholds) {
		return new AngerDetector(embedder, AngerModel.shipped(), thresholds);
	}

}
