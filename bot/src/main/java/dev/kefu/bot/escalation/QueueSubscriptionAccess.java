package dev.kefu.bot.escalation;

import java.util.function.Supplier;

import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.messaging.access.intercept.MessageAuthorizationContext;

/**
 * Lets a console subscribe to the queue of a shop only when its staff member is an agent
 * of that shop: an agent of one shop never hears of another shop's queue.
 */
public final class QueueSubscriptionAccess implements AuthorizationManager<MessageAuthorizationContext<?>> {

	/** The destination pattern, with the shop as its variable. */
	public static final String PATTERN = ConsolePush.QUEUE_TOPIC + "{shop}";

	@Override
	@SuppressWarnings("deprecation")
	public AuthorizationDecision check(Supplier<Authentication> authentication,
			MessageAuthorizationContext<?> context) {
		Authentication who = authentication.get();
		String shop = context.getVariables().get("shop");
		if (who == null || shop == null || !(who.getPrincipal() instanceof StaffUser)) {
			return new AuthorizationDecision(false);
		}
		return new AuthorizationDecision(StaffUser.of(who).scope(StaffRole.AGENT).contains(shop));
	}

}
