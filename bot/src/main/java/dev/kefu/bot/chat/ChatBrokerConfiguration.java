package dev.kefu.bot.chat;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.simp.user.UserDestinationResolver;
import org.springframework.messaging.simp.user.UserRegistryMessageHandler;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;

/**
 * What {@code @EnableWebSocketMessageBroker} imports, with two beans changed: user
 * destinations reach every session of a user ({@link EverySessionUserDestinations}), and
 * with several nodes each tells the others about its sessions every
 * {@code registry-broadcast} instead of every ten seconds. The configurers
 * (ChatWebSocketConfiguration, Spring Boot's) apply as before.
 */
@Configuration(proxyBeanMethods = false)
class ChatBrokerConfiguration extends DelegatingWebSocketMessageBrokerConfiguration {

	private final BrokerRelaySettings relay;

	ChatBrokerConfiguration(BrokerRelaySettings relay) {
		this.relay = relay;
	}

	@Override
	@Bean
	public MessageHandler userRegistryMessageHandler(AbstractSubscribableChannel clientInboundChannel,
			AbstractSubscribableChannel clientOutboundChannel, SimpUserRegistry userRegistry,
			SimpMessagingTemplate brokerMessagingTemplate,
			@Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler) {
		MessageHandler handler = super.userRegistryMessageHandler(clientInboundChannel, clientOutboundChannel,
				userRegistry, brokerMessagingTemplate, scheduler);
		if (handler instanceof UserRegistryMessageHandler registryBroadcast) {
			// Broadcast every half of it; a node's list lapses when two go missing.
			registryBroadcast.setRegistryExpirationPeriod(this.relay.registryBroadcast().toMillis() * 2);
		}
		return handler;
	}

	@Override
	@Bean
	public UserDestinationMessageHandler userDestinationMessageHandler(AbstractSubscribableChannel clientInboundChannel,
			AbstractSubscribableChannel clientOutboundChannel, AbstractSubscribableChannel brokerChannel,
			UserDestinationResolver userDestinationResolver) {
		// The framework's handler, never started, only for the settings the registry gave
		// it.
		UserDestinationMessageHandler configured = super.userDestinationMessageHandler(clientInboundChannel,
				clientOutboundChannel, brokerChannel, userDestinationResolver);
		UserDestinationMessageHandler handler = new EverySessionUserDestinations(clientInboundChannel, brokerChannel,
				userDestinationResolver);
		if (configured.getBroadcastDestination() != null) {
			handler.setBroadcastDestination(configured.getBroadcastDestination());
		}
		handler.setPhase(configured.getPhase());
		return handler;
	}

}
