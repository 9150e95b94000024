package dev.kefu.bot.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the shoppers' chat.
 *
 * @param maxMessageLength the longest message a shopper may send, in characters
 * @param messagesPerMinute how many messages a shopper may send per minute, across
 * conversations
 * @param historyPage the most messages returned at once when a client catches up
 */
@ConfigurationProperties("kefu.chat")
public record ChatSettings(@DefaultValue("1000") int maxMessageLength, @DefaultValue("20") int messagesPerMinute,
		@DefaultValue("200") int historyPage) {
}
