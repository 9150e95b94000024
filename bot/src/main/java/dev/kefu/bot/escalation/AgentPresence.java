package dev.kefu.bot.escalation;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The agents with a console open on this node, by their STOMP sessions. The sweeper
 * records them in the database at each round, so every node knows who is gone.
 */
@Component
class AgentPresence {

	private final Map<String, Set<String>> sessionsByAgent = new ConcurrentHashMap<>();

	@EventListener
	void connected(SessionConnectedEvent event) {
		Principal user = event.getUser();
		if (isAgent(user)) {
			String session = StompHeaderAccessor.wrap(event.getMessage()).getSessionId();
			this.sessionsByAgent.computeIfAbsent(user.getName(), (name) -> ConcurrentHashMap.newKeySet()).add(session);
		}
	}

	@EventListener
	void disconnected(SessionDisconnectEvent event) {
		Principal user = event.getUser();
		if (isAgent(user)) {
			this.sessionsByAgent.computeIfPresent(user.getName(), (name, sessions) -> {
				sessions.remove(event.getSessionId());
				return sessions.isEmpty() ? null : sessions;
			});
		}
	}

	Set<String> connectedAgents() {
		return Set.copyOf(this.sessionsByAgent.keySet());
	}

	private static boolean isAgent(Principal user) {
		return user instanceof Authentication authentication
				&& authentication.getAuthorities().stream().anyMatch((a) -> "ROLE_AGENT".equals(a.getAuthority()));
	}

}
