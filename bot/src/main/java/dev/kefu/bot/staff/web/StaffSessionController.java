package dev.kefu.bot.staff.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kefu.bot.problems.PageLanguage;
import dev.kefu.bot.staff.StaffAccount;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffAudit;
import dev.kefu.bot.staff.StaffCredentialsChanged;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, with the CSRF token the pages send on every change they make and the
 * language they read the staff pages in; a staff member's own preferences (the language,
 * kept with the account so that it follows them to another browser); and their own
 * password change, which ends all their sessions (this one too).
 */
@RestController
class StaffSessionController {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final StaffAudit audit;

	private final ApplicationEventPublisher events;

	StaffSessionController(StaffAccounts accounts, PasswordEncoder passwordEncoder, StaffAudit audit,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.events = events;
	}

	@GetMapping("/api/staff/me")
	ResponseEntity<Me> me(Authentication authentication, CsrfToken csrf, HttpServletRequest request) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.toList();
		StaffUser user = StaffUser.of(authentication);
		String chosen = this.accounts.language(authentication.getName()).orElse(null);
		Me me = new Me(authentication.getName(), roles, user.everywhere(), new TreeMap<>(user.shops()),
				user.isPlatformAdmin(), new Csrf(csrf.getHeaderName(), csrf.getToken()),
				(chosen != null) ? chosen : PageLanguage.browsers(Collections.list(request.getLocales())),
				chosen != null);
		return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, languageCookie(chosen, request)).body(me);
	}

	@GetMapping("/api/staff/me/preferences")
	Preferences preferences(Authentication authentication) {
		return new Preferences(this.accounts.language(authentication.getName()).orElse(null));
	}

	/**
	 * Keeps the staff member's preferences with their account; a {@code null} language
	 * lets the browser's decide again.
	 */
	@PutMapping("/api/staff/me/preferences")
	ResponseEntity<Preferences> setPreferences(Authentication authentication,
			@Valid @RequestBody Preferences preferences, HttpServletRequest request) {
		this.accounts.setLanguage(authentication.getName(), preferences.language());
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, languageCookie(preferences.language(), request))
			.body(preferences);
	}

	/**
	 * The browser remembers the chosen language for the pages it shows before anyone
	 * signs in (the login page, error pages); no choice clears it.
	 */
	private static String languageCookie(String language, HttpServletRequest request) {
		return ResponseCookie.from(PageLanguage.COOKIE, (language != null) ? language : "")
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge((language != null) ? Duration.ofDays(365) : Duration.ZERO)
			.build()
			.toString();
	}

	@PutMapping("/api/staff/me/password")
	ResponseEntity<Void> changePassword(Authentication authentication, @Valid @RequestBody PasswordChange change) {
		StaffAccount account = this.accounts.findByUsername(authentication.getName()).orElseThrow(WrongPassword::new);
		if (!this.passwordEncoder.matches(change.currentPassword(), account.passwordHash())) {
			throw new WrongPassword();
		}
		this.accounts.setPassword(account.username(), this.passwordEncoder.encode(change.newPassword()));
		this.audit.record(account.username(), StaffAudit.Action.PASSWORD_CHANGED, account.username(), "by themselves",
				null);
		this.events.publishEvent(new StaffCredentialsChanged(account.username()));
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(WrongPassword.class)
	ProblemDetail wrongPassword(WrongPassword ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * Who is signed in.
	 *
	 * @param username their login
	 * @param roles the roles they hold anywhere
	 * @param everywhere the roles they hold in every shop
	 * @param shops per shop, the roles they hold there
	 * @param platformAdmin whether they manage shops
	 * @param csrf the token the pages send with every change
	 * @param language the language they read the staff pages in: the one they chose, else
	 * the browser's ({@link PageLanguage})
	 * @param languageChosen whether they chose it (it follows them to other browsers)
	 */
	record Me(String username, List<String> roles, Set<StaffRole> everywhere, Map<String, Set<StaffRole>> shops,
			boolean platformAdmin, Csrf csrf, String language, boolean languageChosen) {
	}

	/**
	 * A staff member's own preferences.
	 *
	 * @param language {@code zh-Hans}, {@code zh-Hant} or {@code en} for the staff pages;
	 * {@code null}: the browser's
	 */
	record Preferences(@Pattern(regexp = "zh-Hans|zh-Hant|en",
			message = "must be zh-Hans, zh-Hant, en or null (the browser's)") String language) {
	}

	record Csrf(String headerName, String token) {
	}

	record PasswordChange(@NotNull @Size(max = 128) String currentPassword,
			@NotNull @Size(min = 12, max = 128) String newPassword) {
	}

	static class WrongPassword extends RuntimeException {

		WrongPassword() {
			super("The current password is not right; nothing was changed.");
		}

	}

}
