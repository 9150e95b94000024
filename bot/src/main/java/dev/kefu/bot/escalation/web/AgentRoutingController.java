package dev.kefu.bot.escalation.web;

import java.util.Set;

import dev.kefu.bot.escalation.AgentProfile;
import dev.kefu.bot.escalation.AgentProfiles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins set what each agent handles (skills) and how many conversations they take at
 * once (capacity).
 */
@RestController
@RequestMapping("/api/admin/staff/{username}/routing")
class AgentRoutingController {

	private final AgentProfiles agents;

	AgentRoutingController(AgentProfiles agents) {
		this.agents = agents;
	}

	@GetMapping
	AgentProfile get(@PathVariable String username) {
		return this.agents.find(username).orElseThrow(() -> new NoSuchAgent(username));
	}

	@PutMapping
	AgentProfile set(@PathVariable String username, @Valid @RequestBody Routing routing) {
		if (!this.agents.update(username, routing.skills(), routing.capacity())) {
			throw new NoSuchAgent(username);
		}
		return get(username);
	}

	@ExceptionHandler(NoSuchAgent.class)
	ProblemDetail notFound(NoSuchAgent ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * An agent's routing.
	 *
	 * @param skills {@code zh}, {@code en}, {@code returns}, {@code payments} (empty:
	 * all)
	 * @param capacity conversations at once, 1 to 50
	 */
	record Routing(@NotNull @Size(max = 10) Set<@Pattern(regexp = "zh|en|returns|payments") String> skills,
			@Min(1) @Max(50) int capacity) {
	}

	static class NoSuchAgent extends RuntimeException {

		NoSuchAgent(String username) {
			super("No staff account " + username + ".");
		}

	}

}
