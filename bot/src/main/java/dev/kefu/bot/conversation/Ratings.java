package dev.kefu.bot.conversation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored satisfaction ratings, one per conversation.
 */
@Repository
public class Ratings {

	private final JdbcClient jdbc;

	Ratings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a rating unless the conversation has one.
	 * @param conversationId the conversation
	 * @param score 1 to 5
	 * @return whether it was stored
	 */
	public boolean rate(ConversationId conversationId, int score) {
		return this.jdbc
			.sql("insert into conversation_ratings (conversation_id, score) values (?, ?) on conflict do nothing")
			.params(conversationId.value(), score)
			.update() == 1;
	}

	public boolean isRated(ConversationId conversationId) {
		return this.jdbc.sql("select count(*) from conversation_ratings where conversation_id = ?")
			.param(conversationId.value())
			.query(Long.class)
			.single() > 0;
	}

}
