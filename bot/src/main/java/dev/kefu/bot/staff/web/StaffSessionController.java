package dev.kefu.bot.staff.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, with the CSRF token the pages send on every change they make.
 */
@RestController
class StaffSessionController {

	@GetMapping("/api/staff/me")
	Me me(Authentication authentication, CsrfToken csrf) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.toList();
		return new Me(authentication.getName(), roles, new Csrf(csrf.getHeaderName(), csrf.getToken()));
	}

	record Me(String username, List<String> roles, Csrf csrf) {
	}

	record Csrf(String headerName, String token) {
	}

}
