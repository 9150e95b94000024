package dev.kefu.bot.staff.web;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffAccount;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffAdministration;
import dev.kefu.bot.staff.StaffAudit;
import dev.kefu.bot.staff.StaffCredentialsChanged;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.bot.staff.login.LoginThrottle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
import org.springframework.security.core.Authentication;
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
 * Admins create, list, enable and disable staff accounts, change their shops, roles and
 * passwords (each change ends the account's sessions on every node), lift login locks and
 * read the audit. A shop's admin manages the accounts that belong to that shop only (an
 * account that also belongs to another shop only for that shop); a platform admin manages
 * every account, roles in every shop and platform admins. Passwords are never returned.
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
	List<StaffAccountView> list(Authentication authentication) {
		StaffUser admin = StaffUser.of(authentication);
		ShopScope scope = admin.scope(StaffRole.ADMIN);
		return this.accounts.findAll()
			.stream()
			.filter((account) -> StaffAdministration.canSee(admin, account))
			.map((account) -> StaffAccountView.of(account, scope))
			.toList();
	}

	@PostMapping
	ResponseEntity<StaffAccountView> create(Authentication authentication,
			@Valid @RequestBody NewStaffAccount request) {
		StaffUser admin = StaffUser.of(authentication);
		Set<StaffRole> everywhere = (request.roles() != null) ? request.roles() : Set.of();
		Map<String, Set<StaffRole>> shops = (request.shops() != null) ? request.shops() : Map.of();
		boolean platformAdmin = Boolean.TRUE.equals(request.platformAdmin());
		if (everywhere.isEmpty() && shops.isEmpty() && !platformAdmin) {
			throw new NotAllowed("An account needs roles in at least one shop.");
		}
		if (!admin.isPlatformAdmin() && (!everywhere.isEmpty() || platformAdmin)) {
			throw new NotAllowed("Only a platform admin gives roles in every shop or makes platform admins.");
		}
		shops.keySet().forEach((shopId) -> requireAdminOf(admin, shopId));
		if (!this.accounts.createIfAbsent(request.username(), this.passwordEncoder.encode(request.password()),
				everywhere, shops, platformAdmin)) {
			throw new StaffAccountExists(request.username());
		}
		this.audit.record(admin.getUsername(), StaffAudit.Action.ACCOUNT_CREATED, request.username(),
				"roles " + everywhere + ", shops " + shops + (platformAdmin ? ", platform admin" : ""), null);
		StaffAccount created = this.accounts.findByUsername(request.username()).orElseThrow();
		return ResponseEntity.created(URI.create("/api/admin/staff/" + created.username()))
			.body(StaffAccountView.of(created, admin.scope(StaffRole.ADMIN)));
	}

	@PutMapping("/{username}/enabled")
	StaffAccountView setEnabled(Authentication authentication, @PathVariable String username,
			@Valid @RequestBody EnabledChange change) {
		StaffUser admin = managing(authentication, username);
		this.accounts.setEnabled(username, change.enabled());
		changed(admin, change.enabled() ? StaffAudit.Action.ACCOUNT_ENABLED : StaffAudit.Action.ACCOUNT_DISABLED,
				username, null);
		return view(admin, username);
	}

	/**
	 * The roles an account holds in every shop (platform admins only).
	 */
	@PutMapping("/{username}/roles")
	StaffAccountView setRoles(Authentication authentication, @PathVariable String username,
			@Valid @RequestBody RolesChange change) {
		StaffUser admin = platformAdmin(authentication);
		if (!this.accounts.setGlobalRoles(username, change.roles())) {
			throw new StaffAccountNotFound(username);
		}
		changed(admin, StaffAudit.Action.ROLES_CHANGED, username, "roles in every shop " + change.roles());
		return view(admin, username);
	}

	/**
	 * The roles an account holds in one shop; none leaves the shop.
	 */
	@PutMapping("/{username}/shops/{shopId}")
	StaffAccountView setShopRoles(Authentication authentication, @PathVariable String username,
			@PathVariable String shopId, @Valid @RequestBody ShopRoles change) {
		StaffUser admin = StaffUser.of(authentication);
		requireAdminOf(admin, shopId);
		StaffAccount account = this.accounts.findByUsername(username)
			.filter((a) -> StaffAdministration.canSee(admin, a) || admin.isPlatformAdmin())
			.orElseThrow(() -> new StaffAccountNotFound(username));
		Map<String, Set<StaffRole>> shops = new HashMap<>(account.shops());
		shops.put(shopId, change.roles());
		this.accounts.setMemberships(username, shops);
		changed(admin, StaffAudit.Action.ROLES_CHANGED, username, "roles in " + shopId + " " + change.roles());
		return view(admin, username);
	}

	@PutMapping("/{username}/platform-admin")
	StaffAccountView setPlatformAdmin(Authentication authentication, @PathVariable String username,
			@Valid @RequestBody PlatformAdminChange change) {
		StaffUser admin = platformAdmin(authentication);
		if (!this.accounts.setPlatformAdmin(username, change.platformAdmin())) {
			throw new StaffAccountNotFound(username);
		}
		changed(admin, StaffAudit.Action.ROLES_CHANGED, username, "platform admin " + change.platformAdmin());
		return view(admin, username);
	}

	@PutMapping("/{username}/password")
	StaffAccountView setPassword(Authentication authentication, @PathVariable String username,
			@Valid @RequestBody PasswordChange change) {
		StaffUser admin = managing(authentication, username);
		this.accounts.setPassword(username, this.passwordEncoder.encode(change.password()));
		changed(admin, StaffAudit.Action.PASSWORD_CHANGED, username, null);
		return view(admin, username);
	}

	/**
	 * Lifts a login lock of an account (and forgets its failures).
	 */
	@DeleteMapping("/{username}/login-lock")
	ResponseEntity<Void> unlockAccount(Authentication authentication, @PathVariable String username) {
		StaffUser admin = StaffUser.of(authentication);
		this.accounts.findByUsername(username)
			.filter((account) -> StaffAdministration.canManage(admin, account))
			.orElseThrow(() -> new StaffAccountNotFound(username));
		return this.throttle.unlock(LoginThrottle.account(username), admin.getUsername())
				? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	/**
	 * What happened to accounts and logins: all of it for a platform admin, a shop
	 * admin's own shop's accounts for them.
	 */
	@GetMapping("/audit")
	List<StaffAudit.Entry> audit(Authentication authentication,
			@RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit) {
		StaffUser admin = StaffUser.of(authentication);
		if (admin.isPlatformAdmin()) {
			return this.audit.latest(limit);
		}
		Set<String> visible = new HashSet<>();
		this.accounts.findAll()
			.stream()
			.filter((account) -> StaffAdministration.canSee(admin, account))
			.forEach((account) -> {
				visible.add(account.username());
				visible.add(LoginThrottle.account(account.username()));
			});
		return this.audit.latest(1000).stream().filter((e) -> visible.contains(e.subject())).limit(limit).toList();
	}

	private StaffUser managing(Authentication authentication, String username) {
		StaffUser admin = StaffUser.of(authentication);
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new StaffAccountNotFound(username));
		if (!StaffAdministration.canManage(admin, account)) {
			if (StaffAdministration.canSee(admin, account)) {
				throw new NotAllowed("'" + username
						+ "' also works for shops you do not administer: change their roles in your shop instead, or ask a platform admin.");
			}
			throw new StaffAccountNotFound(username);
		}
		return admin;
	}

	private static StaffUser platformAdmin(Authentication authentication) {
		StaffUser admin = StaffUser.of(authentication);
		if (!admin.isPlatformAdmin()) {
			throw new NotAllowed("Only a platform admin may do this.");
		}
		return admin;
	}

	private static void requireAdminOf(StaffUser admin, String shopId) {
		if (!admin.scope(StaffRole.ADMIN).contains(shopId)) {
			throw new NotAllowed("You are not an admin of the shop '" + shopId + "'.");
		}
	}

	private StaffAccountView view(StaffUser admin, String username) {
		return StaffAccountView.of(this.accounts.findByUsername(username).orElseThrow(), admin.scope(StaffRole.ADMIN));
	}

	private void changed(StaffUser admin, StaffAudit.Action action, String username, String detail) {
		this.audit.record(admin.getUsername(), action, username, detail, null);
		this.events.publishEvent(new StaffCredentialsChanged(username));
	}

	@ExceptionHandler(NotAllowed.class)
	ProblemDetail notAllowed(NotAllowed ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
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
			@NotNull @Size(min = 12, max = 128) String password, Set<StaffRole> roles,
			@Size(max = 100) Map<@Pattern(regexp = "[A-Za-z0-9_.-]{1,128}") String, @NotEmpty Set<StaffRole>> shops,
			Boolean platformAdmin) {

		/**
		 * An account that may do nothing anywhere is a mistake.
		 * @return whether it holds roles in every shop, in some shop, or is a platform
		 * admin
		 */
		@AssertTrue(message = "must not be empty when no shop and no platform admin is given")
		public boolean isRoles() {
			return (this.roles != null && !this.roles.isEmpty()) || (this.shops != null && !this.shops.isEmpty())
					|| Boolean.TRUE.equals(this.platformAdmin);
		}

	}

	record ShopRoles(@NotNull Set<StaffRole> roles) {
	}

	record PlatformAdminChange(@NotNull Boolean platformAdmin) {
	}

	record EnabledChange(@NotNull Boolean enabled) {
	}

	record RolesChange(@NotNull Set<StaffRole> roles) {
	}

	record PasswordChange(@NotNull @Size(min = 12, max = 128) String password) {
	}

	/**
	 * An account as an admin sees it: its shops only as far as the admin's own.
	 */
	record StaffAccountView(String username, Set<StaffRole> roles, Map<String, Set<StaffRole>> shops,
			boolean platformAdmin, boolean enabled, Instant createdAt) {

		static StaffAccountView of(StaffAccount account, ShopScope visible) {
			Map<String, Set<StaffRole>> shops = new TreeMap<>();
			account.shops().forEach((shopId, roles) -> {
				if (visible.contains(shopId)) {
					shops.put(shopId, roles);
				}
			});
			return new StaffAccountView(account.username(), account.roles(), shops, account.platformAdmin(),
					account.enabled(), account.createdAt());
		}

	}

	static class NotAllowed extends RuntimeException {

		NotAllowed(String message) {
			super(message);
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
