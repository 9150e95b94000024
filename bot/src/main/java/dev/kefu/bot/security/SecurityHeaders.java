package dev.kefu.bot.security;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of Kefu's pages: scripts, styles and connections from Kefu
 * itself only (no inline script or style anywhere), no plugins, and framing by nobody
 * except, for the shopper's widget, the shops' own apps.
 */
final class SecurityHeaders {

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors ";

	private static final RequestMatcher WIDGET = new OrRequestMatcher(new AntPathRequestMatcher("/chat"),
			new AntPathRequestMatcher("/chat.html"), new AntPathRequestMatcher("/chat/**"));

	private SecurityHeaders() {
	}

	/**
	 * The policy for the widget.
	 * @param frameAncestors who may frame it
	 * @return the header writer
	 */
	static HeaderWriter widget(List<String> frameAncestors) {
		String ancestors = frameAncestors.isEmpty() ? "'self'" : "'self' " + String.join(" ", frameAncestors);
		return new DelegatingRequestMatcherHeaderWriter(WIDGET,
				new StaticHeadersWriter("Content-Security-Policy", POLICY + ancestors));
	}

	/**
	 * The policy for everything else (staff pages and API answers).
	 * @return the header writer
	 */
	static HeaderWriter everythingElse() {
		return new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(WIDGET),
				new StaticHeadersWriter("Content-Security-Policy", POLICY + "'none'"));
	}

	/**
	 * The old framing header for browsers without CSP, everywhere but the widget.
	 * @return the header writer
	 */
	static HeaderWriter noFraming() {
		return new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(WIDGET),
				new StaticHeadersWriter("X-Frame-Options", "DENY"));
	}

}
