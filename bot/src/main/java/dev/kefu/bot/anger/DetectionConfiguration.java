package dev.kefu.bot.anger;

import dev.kefu.knowledge.search.TextEmbedder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The detector the chat uses: the shipped model over the knowledge base's (caching)
 * embedder, so a turn's words are embedded once for the search and the detector.
 */
@Configuration(proxyBeanMethods = false)
class DetectionConfiguration {

	@Bean
	ConcernDetector concernDetector(TextEmbedder embedder, DetectionSettings settings) {
		return new ConcernDetector(embedder, ConcernModel.shipped(), settings);
	}

}
