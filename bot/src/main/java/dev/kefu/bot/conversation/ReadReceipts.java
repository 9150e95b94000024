package dev.kefu.bot.conversation;

import dev.kefu.bot.conversation.web.ShopperSockets;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each side has read a conversation, stored on the conversation and only ever
 * growing. The shopper's reads are published as {@link ShopperRead} (the agent's console
 * hears of them); the agent's reach the shopper's sockets.
 */
@Service
public class ReadReceipts {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ShopperSockets sockets;

	ReadReceipts(JdbcClient jdbc, ApplicationEventPublisher events, ShopperSockets sockets) {
		this.jdbc = jdbc;
		this.events = events;
		this.sockets = sockets;
	}

	/**
	 * The shopper has read up to a message of their own conversation.
	 * @return how far they have read now (never less than before)
	 * @throws ConversationNotFound if it is not theirs
	 * @throws ReadRefused if the number names no message of it
	 */
	@Transactional
	public long shopperRead(ShopperRef shopper, ConversationId id, long seq) {
		long last = this.jdbc.sql("select last_seq from conversations where id = ? and shop_id = ? and shopper_id = ?")
			.params(id.value(), shopper.shopId(), shopper.shopperId())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ConversationNotFound(id));
		check(seq, last);
		long read = this.jdbc.sql(
				"update conversations set shopper_read_seq = greatest(shopper_read_seq, ?) where id = ? returning shopper_read_seq")
			.params(seq, id.value())
			.query(Long.class)
			.single();
		this.events.publishEvent(new ShopperRead(id, shopper, read));
		return read;
	}

	/**
	 * The agent has read up to a message of a conversation (the caller checked that they
	 * may); the shopper's sockets are told after the commit.
	 * @return how far the agent has read now (never less than before)
	 * @throws ConversationNotFound if there is no such conversation
	 * @throws ReadRefused if the number names no message of it
	 */
	@Transactional
	public long agentRead(ConversationId id, long seq) {
		Positions positions = positions(id);
		check(seq, positions.lastSeq());
		long read = this.jdbc.sql(
				"update conversations set agent_read_seq = greatest(agent_read_seq, ?) where id = ? returning agent_read_seq")
			.params(seq, id.value())
			.query(Long.class)
			.single();
		this.sockets.read(positions.shopper(), id.value(), Sender.AGENT, read);
		return read;
	}

	/**
	 * Where a conversation stands.
	 * @throws ConversationNotFound if there is no such conversation
	 */
	public Positions positions(ConversationId id) {
		return this.jdbc.sql(
				"select shop_id, shopper_id, last_seq, shopper_read_seq, agent_read_seq from conversations where id = ?")
			.param(id.value())
			.query((row, n) -> new Positions(new ShopperRef(row.getString("shop_id"), row.getString("shopper_id")),
					row.getLong("last_seq"), row.getLong("shopper_read_seq"), row.getLong("agent_read_seq")))
			.optional()
			.orElseThrow(() -> new ConversationNotFound(id));
	}

	private static void check(long seq, long last) {
		if (seq < 0) {
			throw new ReadRefused("seq must be 0 or more.");
		}
		if (seq > last) {
			throw new ReadRefused("seq " + seq + " is past the conversation's last message (" + last + ").");
		}
	}

	/**
	 * A conversation's read positions.
	 *
	 * @param shopper whose conversation
	 * @param lastSeq its last message
	 * @param shopperReadSeq the last message the shopper has read
	 * @param agentReadSeq the last message an agent has read
	 */
	public record Positions(ShopperRef shopper, long lastSeq, long shopperReadSeq, long agentReadSeq) {
	}

}
