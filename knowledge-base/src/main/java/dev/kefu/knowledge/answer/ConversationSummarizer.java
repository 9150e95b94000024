package dev.kefu.knowledge.answer;

import java.util.List;
import java.util.Optional;

import dev.kefu.knowledge.language.Language;

/**
 * Port to a language model that writes the agent's summary of a conversation handed to a
 * person. Optional: with none configured the agent reads the extractive summary.
 * Implementations live in the integrations module.
 */
public interface ConversationSummarizer {

	/**
	 * Summarises a conversation for the agent who takes it over.
	 * @param request the conversation and why it was handed over
	 * @return a short summary, or empty when the model fails, times out or declines
	 */
	Optional<String> summarize(Request request);

	/**
	 * What to summarise.
	 *
	 * @param lines the conversation, oldest first
	 * @param reasons why it goes to a person, in words
	 * @param language the language to write the summary in
	 */
	record Request(List<Line> lines, String reasons, Language language) {

		public Request {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One message.
	 *
	 * @param speaker who wrote it: {@code shopper}, {@code bot} or {@code agent}
	 * @param text what they wrote
	 */
	record Line(String speaker, String text) {
	}

}
