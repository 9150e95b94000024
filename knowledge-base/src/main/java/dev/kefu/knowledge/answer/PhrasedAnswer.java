package dev.kefu.knowledge.answer;

import java.util.List;

/**
 * What the model answered, before the checks.
 *
 * @param text the answer, citation markers removed
 * @param citedEntryIds the entries the model says it used, in order
 */
public record PhrasedAnswer(String text, List<String> citedEntryIds) {

	public PhrasedAnswer {
		citedEntryIds = List.copyOf(citedEntryIds);
	}

}
