package dev.kefu.bot.escalation;

import java.time.Duration;
import java.util.Collection;

/**
 * How soon a person should first answer, per shop and reason. The default reads
 * {@code kefu.escalation.first-response-targets}; a shop settings store can take its
 * place.
 */
public interface EscalationTargets {

	/**
	 * The target of one reason.
	 * @param shopId the shop
	 * @param reason the reason
	 * @return how soon after the first-response clock starts a person should answer
	 */
	Duration firstResponse(String shopId, EscalationReason reason);

	/**
	 * The target of an escalation: the tightest of its reasons'.
	 * @param shopId the shop
	 * @param reasons its reasons (at least one)
	 * @return the target
	 */
	default Duration firstResponse(String shopId, Collection<EscalationReason> reasons) {
		return reasons.stream()
			.map((reason) -> firstResponse(shopId, reason))
			.min(Duration::compareTo)
			.orElseThrow(() -> new IllegalArgumentException("an escalation has at least one reason"));
	}

}
