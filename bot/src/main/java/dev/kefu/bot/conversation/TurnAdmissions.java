package dev.kefu.bot.conversation;

import java.util.Optional;

import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ownership and the resend check, read in one round trip: every shopper message pays for
 * these before it is stored, and at hundreds of shoppers the round trips, not the
 * queries, are what a turn waits on. The rate limit is counted where the message is
 * stored ({@link Messages#appendWithinRate}), atomically.
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
	 * @return empty when the conversation is not the shopper's
	 */
	Optional<TurnAdmission> read(ShopperRef shopper, ConversationId conversationId, String clientMessageId) {
		return this.jdbc.sql("""
				select exists (select 1 from messages m
				                where m.conversation_id = c.id and m.client_message_id = ?) as resend
				from conversations c
				where c.id = ? and c.shop_id = ? and c.shopper_id = ?
				""")
			.params(clientMessageId, conversationId.value(), shopper.shopId(), shopper.shopperId())
			.query((row, n) -> new TurnAdmission(row.getBoolean("resend")))
			.optional();
	}

}
