package dev.kefu.bot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored conversations. Every shopper-facing query filters on the shopper, so that
 * one shopper cannot reach another's conversation even by guessing its id.
 */
@Repository
public class Conversations {

	private final JdbcClient jdbc;

	Conversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts a conversation and stores it before returning.
	 * @param shopper whose conversation
	 * @param channel where it starts
	 * @return the stored conversation
	 */
	public Conversation start(ShopperRef shopper, Channel channel) {
		return this.jdbc.sql("""
				insert into conversations (id, shop_id, shopper_id, channel, status)
				values (?, ?, ?, ?, 'OPEN')
				returning *
				""")
			.params(ConversationId.random().value(), shopper.shopId(), shopper.shopperId(), channel.dbValue())
			.query(Conversations::map)
			.single();
	}

	public Optional<Conversation> findOwnedBy(ShopperRef shopper, ConversationId id) {
		return this.jdbc.sql("select * from conversations where id = ? and shop_id = ? and shopper_id = ?")
			.params(id.value(), shopper.shopId(), shopper.shopperId())
			.query(Conversations::map)
			.optional();
	}

	/**
	 * A conversation whoever owns it, for staff (the caller checks the shop is theirs).
	 * @param id the conversation
	 * @return it, or empty
	 */
	public Optional<Conversation> find(ConversationId id) {
		return this.jdbc.sql("select * from conversations where id = ?")
			.param(id.value())
			.query(Conversations::map)
			.optional();
	}

	public List<Conversation> findRecentOwnedBy(ShopperRef shopper, int limit) {
		return this.jdbc.sql("""
				select * from conversations where shop_id = ? and shopper_id = ?
				order by created_at desc, id limit ?
				""").params(shopper.shopId(), shopper.shopperId(), limit).query(Conversations::map).list();
	}

	private static Conversation map(ResultSet row, int rowNumber) throws SQLException {
		return new Conversation(new ConversationId(row.getObject("id", UUID.class)),
				new ShopperRef(row.getString("shop_id"), row.getString("shopper_id")),
				Channel.fromDbValue(row.getString("channel")), ConversationStatus.valueOf(row.getString("status")),
				row.getTimestamp("created_at").toInstant());
	}

}
