package dev.kefu.bot.chat;

import java.time.Duration;

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
 * @param registryBroadcast how often each node tells the others which users and sessions
 * it has: until another node hears of a new session, pushes it makes for that user miss
 * the session (the framework's default is ten seconds); every node sends its whole list,
 * so thousands of sessions per node may want a longer interval
 */
@ConfigurationProperties("kefu.chat.broker-relay")
public record BrokerRelaySettings(@DefaultValue("false") boolean enabled, @DefaultValue("localhost") String host,
		@DefaultValue("61613") int port, @DefaultValue("guest") String login, @DefaultValue("guest") String passcode,
		String virtualHost, @DefaultValue("2s") Duration registryBroadcast) {

}
