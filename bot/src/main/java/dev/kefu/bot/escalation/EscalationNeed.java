package dev.kefu.bot.escalation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.anger.Assessment;

/**
 * A turn's reasons to hand the shopper to a person.
 *
 * @param reasons the reasons, most urgent first
 * @param skills what the agent should be able to handle
 * @param assessment what the detector made of the shopper's last message
 * ({@link Assessment#NOTHING} when the need did not come from their words)
 */
public record EscalationNeed(List<EscalationReason> reasons, Set<String> skills, Assessment assessment) {

	public EscalationNeed(List<EscalationReason> reasons, Set<String> skills) {
		this(reasons, skills, Assessment.NOTHING);
	}

	public EscalationNeed {
		reasons = reasons.stream().distinct().sorted(Comparator.comparingInt(EscalationReason::priority)).toList();
		skills = Set.copyOf(skills);
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("an escalation needs a reason");
		}
	}

	public int priority() {
		return this.reasons.get(0).priority();
	}

	/**
	 * Whether the bot's own answer should give way entirely (the shopper is angry, or
	 * asked for a person, or the bot has nothing useful to say) rather than be followed
	 * by the handover.
	 * @return true to replace the bot's answer
	 */
	public boolean replacesBotAnswer() {
		return this.reasons.contains(EscalationReason.REQUESTED) || replacesEveryAnswer();
	}

	/**
	 * Whether even the knowledge base's answers to the turn's other questions give way to
	 * the person: for an angry shopper, a failing bot or money, but not for a plain
	 * request ("退款多久到账 帮我转人工"), whose question is answered while the shopper waits.
	 * @return whether nothing the bot said is kept
	 */
	public boolean replacesEveryAnswer() {
		return this.reasons.stream()
			.anyMatch((r) -> r == EscalationReason.ANGER || r == EscalationReason.BOT_FAILED_TWICE
					|| r == EscalationReason.PAYMENT);
	}

}
