package dev.kefu.bot.staff.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kefu.bot.staff.StaffAccount;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins create, list, enable and disable staff accounts. Passwords are never returned.
 */
@RestController
@RequestMapping("/api/admin/staff")
class StaffAccountsController {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	StaffAccountsController(StaffAccounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@GetMapping
	List<StaffAccountView> list() {
		return this.accounts.findAll().stream().map(StaffAccountView::of).toList();
	}

	@PostMapping
	ResponseEntity<StaffAccountView> create(@Valid @RequestBody NewStaffAccount request) {
		if (!this.accounts.createIfAbsent(request.username(), this.passwordEncoder.encode(request.password()),
				request.roles())) {
			throw new StaffAccountExists(request.username());
		}
		StaffAccount created = this.accounts.findByUsername(request.username()).orElseThrow();
		return ResponseEntity.created(URI.create("/api/admin/staff/" + created.username()))
			.body(StaffAccountView.of(created));
	}

	@PutMapping("/{username}/enabled")
	StaffAccountView setEnabled(@PathVariable String username, @Valid @RequestBody EnabledChange change) {
		if (!this.accounts.setEnabled(username, change.enabled())) {
			throw new StaffAccountNotFound(username);
		}
		return StaffAccountView.of(this.accounts.findByUsername(username).orElseThrow());
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
