package dev.kefu.bot.staff;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session whose account changed since it logged in (disabled, roles or
 * password changed): the account's version is read on every request, so the end holds at
 * once and on every node. The request then goes on as anonymous: API calls get a 401
 * problem, pages the login page.
 */
public class StaffSessionCheck extends OncePerRequestFilter {

	private final StaffAccounts accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	public StaffSessionCheck(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser user && !isCurrent(user)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			this.contexts.clearContext();
		}
		chain.doFilter(request, response);
	}

	private boolean isCurrent(StaffUser user) {
		Optional<Long> version = this.accounts.activeVersion(user.getUsername());
		return version.isPresent() && version.get() == user.credentialsVersion();
	}

}
