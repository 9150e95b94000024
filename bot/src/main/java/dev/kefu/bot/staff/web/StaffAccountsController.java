package dev.kefu.bot.staff.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.staff.StaffAccount;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffAudit;
import dev.kefu.bot.staff.StaffCredentialsChanged;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.login.LoginThrottle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins create, list, enable and disable staff accounts, change their roles and
 * passwords (each change ends the account's sessions on every node), lift login locks and
 * read the audit. Passwords are never returned.
 */
@RestController
@RequestMapping("/api/admin/staff")
class StaffAccountsController {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final StaffAudit audit;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	StaffAccountsController(StaffAccounts accounts, PasswordEncoder passwordEncoder, StaffAudit audit,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.throttle = throttle;
		this.events = events;
	}

	@GetMapping
	List<StaffAccountView> list() {
		return this.accounts.findAll().stream().map(StaffAccountView::of).toList();
	}

	@PostMapping
	ResponseEntity<StaffAccountView> create(Principal admin, @Valid @RequestBody NewStaffAccount request) {
		if (!this.accounts.createIfAbsent(request.username(), this.passwordEncoder.encode(request.password()),
				request.roles())) {
			throw new StaffAccountExists(request.username());
		}
		this.audit.record(admin.getName(), StaffAudit.Action.ACCOUNT_CREATED, request.username(),
				"roles " + request.roles(), null);
		StaffAccount created = this.accounts.findByUsername(request.username()).orElseThrow();
		return ResponseEntity.created(URI.create("/api/admin/staff/" + created.username()))
			.body(StaffAccountView.of(created));
	}

	@PutMapping("/{username}/enabled")
	StaffAccountView setEnabled(Principal admin, @PathVariable String username,
			@Valid @RequestBody EnabledChange change) {
		if (!this.accounts.setEnabled(username, change.enabled())) {
			throw new StaffAccountNotFound(username);
		}
		changed(admin, change.enabled() ? StaffAudit.Action.ACCOUNT_ENABLED : StaffAudit.Action.ACCOUNT_DISABLED,
				username, null);
		return StaffAccountView.of(this.accounts.findByUsername(username).orElseThrow());
	}

	@PutMapping("/{username}/roles")
	StaffAccountView setRoles(Principal admin, @PathVariable String username, @Valid @RequestBody RolesChange change) {
		if (!this.accounts.setRoles(username, change.roles())) {
			throw new StaffAccountNotFound(username);
		}
		changed(admin, StaffAudit.Action.ROLES_CHANGED, username, "roles " + change.roles());
		return StaffAccountView.of(this.accounts.findByUsername(username).orElseThrow());
	}

	@PutMapping("/{username}/password")
	StaffAccountView setPassword(Principal admin, @PathVariable String username,
			@Valid @RequestBody PasswordChange change) {
		if (!this.accounts.setPassword(username, this.passwordEncoder.encode(change.password()))) {
			throw new StaffAccountNotFound(username);
		}
		changed(admin, StaffAudit.Action.PASSWORD_CHANGED, username, null);
		return StaffAccountView.of(this.accounts.findByUsername(username).orElseThrow());
	}

	/**
	 * Lifts a login lock of an account (and forgets its failures).
	 */
	@DeleteMapping("/{username}/login-lock")
	ResponseEntity<Void> unlockAccount(Principal admin, @PathVariable String username) {
		return this.throttle.unlock(LoginThrottle.account(username), admin.getName())
				? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@GetMapping("/audit")
	List<StaffAudit.Entry> audit(@RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.audit.latest(limit);
	}

	private void changed(Principal admin, StaffAudit.Action action, String username, String detail) {
		this.audit.record(admin.getName(), action, username, detail, null);
		this.events.publishEvent(new StaffCredentialsChanged(username));
	}

	@ExceptionHandler(StaffAccountExists.class)
	ProblemDetail exists(StaffAccountExists ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(StaffAccountNotFound.class)
	ProblemDetail notFound(StaffAccountNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	record NewStaffAccount(
			@NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}",
					message = "must be 3 to 64 lowercase letters, digits, dots, dashes or underscores") String username,
			@NotNull @Size(min = 12, max = 128) String password, @NotEmpty Set<StaffRole> roles) {
	}

	record EnabledChange(@NotNull Boolean enabled) {
	}

	record RolesChange(@NotEmpty Set<StaffRole> roles) {
	}

	record PasswordChange(@NotNull @Size(min = 12, max = 128) String password) {
	}

	record StaffAccountView(String username, Set<StaffRole> roles, boolean enabled, Instant createdAt) {

		static StaffAccountView of(StaffAccount account) {
			return new StaffAccountView(account.username(), account.roles(), account.enabled(), account.createdAt());
		}

	}

	static class StaffAccountExists extends RuntimeException {

		StaffAccountExists(String username) {
			super("A staff account named '" + username + "' already exists.");
		}

	}

	static class StaffAccountNotFound extends RuntimeException {

		StaffAccountNotFound(String username) {
			super("No staff account named '" + username + "'.");
		}

	}

}
