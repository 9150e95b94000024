package dev.kefu.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kefu.returns.orders.ShopperRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The shopper's typing indicators, checked like any frame of theirs and published as
 * {@link ShopperTyping} (the console of the agent who has the conversation hears of
 * them). Nothing is stored: an indicator is worth nothing a few seconds later, so the
 * rate is counted on each node in memory, not in the database.
 */
@Service
public class ShopperTypingSignals {

	/**
	 * How many indicators a shopper may send a minute: the widget sends one every 2 s at
	 * most, and a "stopped" on sending or emptying the box.
	 */
	public static final int PER_MINUTE = 60;

	private static final Duration WINDOW = Duration.ofMinutes(1);

	/** Past this many shoppers counted, the windows that have ended are dropped. */
	private static final int PRUNE_ABOVE = 10_000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Map<ShopperRef, Window> windows = new ConcurrentHashMap<>();

	ShopperTypingSignals(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The shopper is writing in their own conversation, or has stopped.
	 * @param shopper who writes
	 * @param id their conversation
	 * @param typing whether they are writing
	 * @throws ConversationNotFound if it is not theirs
	 * @throws MessageRejected of reason RATE_LIMITED past {@value #PER_MINUTE} a minute
	 */
	public void typing(ShopperRef shopper, ConversationId id, boolean typing) {
		boolean theirs = this.jdbc
			.sql("select count(*) from conversations where id = ? and shop_id = ? and shopper_id = ?")
			.params(id.value(), shopper.shopId(), shopper.shopperId())
			.query(Long.class)
			.single() > 0;
		if (!theirs) {
			throw new ConversationNotFound(id);
		}
		Instant now = this.clock.instant();
		if (this.windows.size() > PRUNE_ABOVE) {
			this.windows.values().removeIf((w) -> w.endedBy(now));
		}
		Window window = this.windows.compute(shopper,
				(key, w) -> (w == null || w.endedBy(now)) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
		if (window.count() > PER_MINUTE) {
			throw new MessageRejected(MessageRejected.Reason.RATE_LIMITED,
					"Too many typing indicators: at most " + PER_MINUTE + " a minute.",
					Duration.between(now, window.start().plus(WINDOW)));
		}
		this.events.publishEvent(new ShopperTyping(id, shopper, typing));
	}

	private record Window(Instant start, int count) {

		boolean endedBy(Instant now) {
			return !now.isBefore(this.start.plus(WINDOW));
		}

	}

}
