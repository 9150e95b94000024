package dev.kefu.knowledge.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guardrails a model's answer must pass, or the bot answers with the entry's own
 * text: it cites at least one of the passages it was given and nothing else; every number
 * in it (amounts, days, dates, phone numbers) appears in those passages, so it cannot
 * invent a policy, an amount or a date; it is short; and it does not repeat the
 * instructions it was given.
 */
public final class GroundedAnswerCheck {

	private static final int MAX_LENGTH = 800;

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/-]\\d+)*");

	private GroundedAnswerCheck() {
	}

	/**
	 * Whether an answer may be shown.
	 * @param answer what the model answered
	 * @param request what it was asked
	 * @param secretsOfThePrompt strings that appear only in the instructions (a leak if
	 * they show up in an answer)
	 * @return {@code true} when every check passes
	 */
	public static boolean passes(PhrasedAnswer answer, PhrasingRequest request, Set<String> secretsOfThePrompt) {
		String text = answer.text();
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			return false;
		}
		Set<String> given = request.passages().stream().map(Passage::entryId).collect(Collectors.toSet());
		if (answer.citedEntryIds().isEmpty() || !given.containsAll(answer.citedEntryIds())) {
			return false;
		}
		if (secretsOfThePrompt.stream().anyMatch(text::contains)) {
			return false;
		}
		String ground = request.passages()
			.stream()
			.map((p) -> p.question() + "\n" + p.answer())
			.collect(Collectors.joining("\n"));
		Matcher numbers = NUMBER.matcher(text);
		while (numbers.find()) {
			if (!ground.contains(numbers.group())) {
				return false;
			}
		}
		return true;
	}

}
