package dev.kefu.bot.escalation;

import java.util.Set;

/**
 * What routing knows of an agent.
 *
 * @param username the agent
 * @param skills what they handle (languages {@code zh}, {@code en}; {@code returns},
 * {@code payments}); empty means everything
 * @param capacity how many conversations they take at once
 */
public record AgentProfile(String username, Set<String> skills, int capacity) {

	public AgentProfile {
		skills = Set.copyOf(skills);
	}

	/**
	 * Whether an escalation is for this agent.
	 * @param escalation the escalation
	 * @return true when the agent has every skill it needs
	 */
	public boolean suits(Escalation escalation) {
		return this.skills.isEmpty() || this.skills.containsAll(escalation.skills());
	}

}
