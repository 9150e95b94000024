package dev.kefu.bot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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
				    quick_replies, attachment_ids)
				select next.id, next.last_seq, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ? from next
				returning *
				""")
			.params(conversationId.value(), UUID.randomUUID(), message.sender().name(), message.body(),
					message.clientMessageId(), message.entryId(), message.intent(),
					message.quickReplies().isEmpty() ? null : write(message.quickReplies()),
					message.attachmentIds().toArray(UUID[]::new))
			.query(this::map)
			.single();
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
				java.util.Arrays.asList((UUID[]) row.getArray("attachment_ids").getArray()),
				row.getTimestamp("created_at").toInstant());
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
