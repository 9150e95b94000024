package dev.kefu.bot.conversation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a conversation.
 *
 * @param value the id
 */
public record ConversationId(UUID value) {

	public ConversationId {
		Objects.requireNonNull(value, "value");
	}

	static ConversationId random() {
		return new ConversationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
