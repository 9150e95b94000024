package dev.kefu.bot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored messages. Sequence numbers are taken from the conversation row, which an
 * append locks until its transaction ends: one conversation's messages are numbered in
 * commit order, without gaps, whatever the number of nodes.
 */
@Repository
public class Messages {

	private static final TypeReference<List<QuickReply>> QUICK_REPLIES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	Messages(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Appends a message, taking its sequence number from the conversation row in the same
	 * statement (one round trip). The row stays locked until the surrounding transaction
	 * ends, or the statement's own when there is none.
	 * @param conversationId the conversation
	 * @param message what to store
	 * @return the stored message with its sequence number
	 */
	public Message append(ConversationId conversationId, NewMessage message) {
		return this.jdbc.sql("""
				with next as (update conversations set last_seq = last_seq + 1 where id = ? returning id, last_seq)
				insert into messages (conversation_id, seq, id, sender, body, client_message_id, entry_id, intent,
				    quick_replies, attachment_ids, label)
				select next.id, next.last_seq, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ? from next
				returning *
				""")
			.params(conversationId.value(), UUID.randomUUID(), message.sender().name(), message.body(),
					message.clientMessageId(), message.entryId(), message.intent(),
					message.quickReplies().isEmpty() ? null : write(message.quickReplies()),
					message.attachmentIds().toArray(UUID[]::new), message.label())
			.query(this::map)
			.single();
	}

	/**
	 * Appends a shopper's message if their rate limit allows it. Counting and storing are
	 * one statement: the shopper's rate row is locked and counted in it, so concurrent
	 * messages, on any number of nodes, cannot all pass a count taken before any of them
	 * was stored. A refused message changes nothing, its count included.
	 * @param conversationId the conversation
	 * @param shopper who sends it
	 * @param message what to store
	 * @param limit how many messages the shopper may send per window
	 * @param window the window
	 * @return the stored message, or empty when the limit is reached
	 */
	public Optional<Message> appendWithinRate(ConversationId conversationId, ShopperRef shopper, NewMessage message,
			int limit, Duration window) {
		return this.jdbc.sql("""
				with rate as (
				    insert into shopper_message_rates as r (shop_id, shopper_id, window_started_at, sent)
				    values (:shop, :shopper, now(), 1)
				    on conflict (shop_id, shopper_id) do update
				    set window_started_at = case when r.window_started_at <= now() - make_interval(secs => :window)
				                                 then now() else r.window_started_at end,
				        sent = case when r.window_started_at <= now() - make_interval(secs => :window)
				                    then 1 else r.sent + 1 end
				    where r.window_started_at <= now() - make_interval(secs => :window) or r.sent < :limit
				    returning 1
				), next as (
				    update conversations set last_seq = last_seq + 1
				    where id = :conversation and exists (select 1 from rate)
				    returning id, last_seq
				)
				insert into messages (conversation_id, seq, id, sender, body, client_message_id, entry_id, intent,
				    quick_replies, attachment_ids, label)
				select next.id, next.last_seq, :id, :sender, :body, :client, :entry, :intent, cast(:replies as jsonb),
				    :attachments, :label
				from next
				returning *
				""")
			.param("shop", shopper.shopId())
			.param("shopper", shopper.shopperId())
			.param("window", window.toSeconds())
			.param("limit", limit)
			.param("conversation", conversationId.value())
			.param("id", UUID.randomUUID())
			.param("sender", message.sender().name())
			.param("body", message.body())
			.param("client", message.clientMessageId())
			.param("entry", message.entryId())
			.param("intent", message.intent())
			.param("replies", message.quickReplies().isEmpty() ? null : write(message.quickReplies()))
			.param("attachments", message.attachmentIds().toArray(UUID[]::new))
			.param("label", message.label())
			.query(this::map)
			.optional();
	}

	/**
	 * When a shopper who reached the rate limit may send again.
	 * @param shopper the shopper
	 * @param window the limit's window
	 * @return the time left, at least a second
	 */
	public Duration rateWindowLeft(ShopperRef shopper, Duration window) {
		Double seconds = this.jdbc.sql("""
				select extract(epoch from window_started_at + make_interval(secs => ?) - now())
				from shopper_message_rates where shop_id = ? and shopper_id = ?
				""")
			.params(window.toSeconds(), shopper.shopId(), shopper.shopperId())
			.query(Double.class)
			.optional()
			.orElse(0.0);
		return Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds)));
	}

	/**
	 * A shopper message already stored under the client's id: a resend.
	 * @param conversationId the conversation
	 * @param clientMessageId the client's id
	 * @return the stored message
	 */
	public Optional<Message> findByClientId(ConversationId conversationId, String clientMessageId) {
		return this.jdbc.sql("select * from messages where conversation_id = ? and client_message_id = ?")
			.params(conversationId.value(), clientMessageId)
			.query(this::map)
			.optional();
	}

	/**
	 * The messages after a sequence number, in order.
	 * @param conversationId the conversation
	 * @param afterSeq the last sequence the client has
	 * @param limit the most to return
	 * @return the messages
	 */
	public List<Message> after(ConversationId conversationId, long afterSeq, int limit) {
		return this.jdbc.sql("select * from messages where conversation_id = ? and seq > ? order by seq limit ?")
			.params(conversationId.value(), afterSeq, limit)
			.query(this::map)
			.list();
	}

	/**
	 * The last messages of a conversation, oldest first: the dialogue's memory.
	 * @param conversationId the conversation
	 * @param count how many
	 * @return the messages
	 */
	public List<Message> latest(ConversationId conversationId, int count) {
		List<Message> newestFirst = this.jdbc
			.sql("select * from messages where conversation_id = ? order by seq desc limit ?")
			.params(conversationId.value(), count)
			.query(this::map)
			.list();
		return newestFirst.reversed();
	}

	private Message map(ResultSet row, int rowNumber) throws SQLException {
		String quickReplies = row.getString("quick_replies");
		return new Message(row.getObject("conversation_id", UUID.class), row.getLong("seq"),
				row.getObject("id", UUID.class), Sender.valueOf(row.getString("sender")), row.getString("body"),
				row.getString("client_message_id"), row.getString("entry_id"), row.getString("intent"),
				(quickReplies != null) ? read(quickReplies) : List.of(),
				Arrays.asList((UUID[]) row.getArray("attachment_ids").getArray()),
				row.getTimestamp("created_at").toInstant(), row.getString("label"));
	}

	private String write(List<QuickReply> quickReplies) {
		try {
			return this.json.writeValueAsString(quickReplies);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<QuickReply> read(String quickReplies) {
		try {
			return this.json.readValue(quickReplies, QUICK_REPLIES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored quick replies are not valid JSON", ex);
		}
	}

}
