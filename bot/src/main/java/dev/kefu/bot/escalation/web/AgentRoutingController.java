package dev.kefu.bot.escalation.web;

import java.util.Set;

import dev.kefu.bot.escalation.AgentProfile;
import dev.kefu.bot.escalation.AgentProfiles;
import dev.kefu.bot.staff.StaffAccount;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffAdministration;
import dev.kefu.bot.staff.StaffUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
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

	private final StaffAccounts accounts;

	AgentRoutingController(AgentProfiles agents, StaffAccounts accounts) {
		this.agents = agents;
		this.accounts = accounts;
	}

	@GetMapping
	AgentProfile get(Authentication admin, @PathVariable String username) {
		StaffAccount account = visible(admin, username);
		return this.agents.find(account.username()).orElseThrow(() -> new NoSuchAgent(username));
	}

	@PutMapping
	AgentProfile set(Authentication admin, @PathVariable String username, @Valid @RequestBody Routing routing) {
		StaffAccount account = visible(admin, username);
		// Skills and capacity hold in every shop the agent works for: only an admin of
		// all of them changes them.
		if (!StaffAdministration.canManage(StaffUser.of(admin), account)) {
			throw new RoutingNotYours(username);
		}
		if (!this.agents.update(username, routing.skills(), routing.capacity())) {
			throw new NoSuchAgent(username);
		}
		return get(admin, username);
	}

	/** Another shop's staff answer as if they did not exist. */
	private StaffAccount visible(Authentication admin, String username) {
		return this.accounts.findByUsername(username)
			.filter((account) -> StaffAdministration.canSee(StaffUser.of(admin), account))
			.orElseThrow(() -> new NoSuchAgent(username));
	}

	@ExceptionHandler(RoutingNotYours.class)
	ProblemDetail notYours(RoutingNotYours ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Not your agent to route");
		return problem;
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

	static class RoutingNotYours extends RuntimeException {

		RoutingNotYours(String username) {
			super("'" + username + "' also works for shops you do not administer: ask a platform admin to change "
					+ "their skills or capacity.");
		}

	}

	static class NoSuchAgent extends RuntimeException {

		NoSuchAgent(String username) {
			super("No staff account " + username + ".");
		}

	}

}
