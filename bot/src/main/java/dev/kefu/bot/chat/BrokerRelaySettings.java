package dev.kefu.bot.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The STOMP broker that several Kefu nodes share, so that a shopper connected to one node
 * and an agent connected to another talk live. Off (one node, in-memory broker) unless
 * enabled.
 *
 * @param enabled whether to relay to an external broker
 * @param host the broker's host (RabbitMQ with its STOMP plugin, or ActiveMQ Artemis)
 * @param port its STOMP port
 * @param login the login for clients' and the node's own connections
 * @param passcode the passcode
 * @param virtualHost the virtual host (RabbitMQ), or empty
 */
@ConfigurationProperties("kefu.chat.broker-relay")
public record BrokerRelaySettings(@DefaultValue("false") boolean enabled, @DefaultValue("localhost") String host,
		@DefaultValue("61613") int port, @DefaultValue("guest") String login, @DefaultValue("guest") String passcode,
		String virtualHost) {

}
