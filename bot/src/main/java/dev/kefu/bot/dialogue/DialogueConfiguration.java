package dev.kefu.bot.dialogue;

import dev.kefu.knowledge.search.TextEmbedder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dialogue's shared parts that cost something to build.
 */
@Configuration(proxyBeanMethods = false)
class DialogueConfiguration {

	/**
	 * The written social turns, embedded once at start-up (a few hundred short texts).
	 */
	@Bean
	SocialTurnExamples socialTurnExamples(TextEmbedder embedder) {
		return SocialTurnExamples.builtIn(embedder);
	}

}
