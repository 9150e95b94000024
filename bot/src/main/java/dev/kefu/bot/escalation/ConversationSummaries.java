package dev.kefu.bot.escalation;

import java.util.List;
import java.util.stream.Collectors;

import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.Sender;

/**
 * The summary an agent reads first, extracted from the conversation: why it came to them,
 * then what the shopper said (their own words, most recent last, without button presses
 * and repeats), so that the shopper never has to say it again.
 */
final class ConversationSummaries {

	private static final int MAX_SHOPPER_LINES = 6;

	private static final int MAX_LINE = 200;

	private ConversationSummaries() {
	}

	static String extract(List<Message> conversation, EscalationNeed need) {
		String why = need.reasons().stream().map(ConversationSummaries::describe).collect(Collectors.joining("; "));
		List<String> said = conversation.stream()
			.filter((m) -> m.sender() == Sender.SHOPPER)
			.map(Message::body)
			.filter((body) -> body.codePoints().filter(Character::isLetter).count() >= 2)
			.map(String::strip)
			.distinct()
			.toList();
		List<String> recent = said.subList(Math.max(0, said.size() - MAX_SHOPPER_LINES), said.size());
		StringBuilder summary = new StringBuilder("Escalated: ").append(why).append('.');
		if (!recent.isEmpty()) {
			summary.append("\nShopper said:");
			recent.forEach((line) -> summary.append("\n- ")
				.append((line.length() > MAX_LINE) ? line.substring(0, MAX_LINE) + "…" : line));
		}
		List<String> botTopics = conversation.stream()
			.filter((m) -> m.sender() == Sender.BOT && m.entryId() != null)
			.map(Message::entryId)
			.distinct()
			.toList();
		if (!botTopics.isEmpty()) {
			summary.append("\nBot answered from: ").append(String.join(", ", botTopics));
		}
		return summary.toString();
	}

	private static String describe(EscalationReason reason) {
		return switch (reason) {
			case ANGER -> "the shopper is angry";
			case VIP -> "VIP shopper";
			case DISPUTE -> "disputes a return decision";
			case PAYMENT_PROBLEM -> "payment problem";
			case RETURN_REVIEW -> "a return needs a person's review";
			case REQUESTED -> "asked for a person";
			case BOT_FAILED_TWICE -> "the bot could not help twice in a row";
		};
	}

}
