package dev.kefu.bot.conversation;

import java.util.Optional;

import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ownership, the resend check and the rate limit's count, read in one round trip: every
 * shopper message pays for these before it is stored, and at hundreds of shoppers the
 * round trips, not the queries, are what a turn waits on.
 */
@Repository
class TurnAdmissions {

	private final JdbcClient jdbc;

	TurnAdmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads what admitting a message needs.
	 * @param shopper who sends it
	 * @param conversationId to which conversation
	 * @param clientMessageId the client's id for the message
	 * @param windowSeconds the rate limit's window
	 * @return empty when the conversation is not the shopper's
	 */
	Optional<TurnAdmission> read(ShopperRef shopper, ConversationId conversationId, String clientMessageId,
			long windowSeconds) {
		return this.jdbc.sql("""
				select exists (select 1 from messages m
				                where m.conversation_id = c.id and m.client_message_id = ?) as resend,
				       (select count(*) from messages m join conversations o on o.id = m.conversation_id
				         where o.shop_id = c.shop_id and o.shopper_id = c.shopper_id and m.sender = 'SHOPPER'
				           and m.created_at > now() - make_interval(secs => ?)) as sent_recently
				from conversations c
				where c.id = ? and c.shop_id = ? and c.shopper_id = ?
				""")
			.params(clientMessageId, windowSeconds, conversationId.value(), shopper.shopId(), shopper.shopperId())
			.query((row, n) -> new TurnAdmission(row.getBoolean("resend"), row.getLong("sent_recently")))
			.optional();
	}

}
