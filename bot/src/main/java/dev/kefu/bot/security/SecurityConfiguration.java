package dev.kefu.bot.security;

import dev.kefu.bot.problems.ProblemAccessDeniedHandler;
import dev.kefu.bot.problems.ProblemAuthenticationEntryPoint;
import dev.kefu.bot.problems.ProblemWriter;
import dev.kefu.bot.staff.StaffAccounts;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffSessionCheck;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.bot.staff.login.ClientAddresses;
import dev.kefu.bot.staff.login.LoginDetails;
import dev.kefu.bot.staff.login.LoginThrottle;
import dev.kefu.bot.staff.login.LoginThrottleFilter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two kinds of caller, two filter chains. Shoppers call with a bearer token from their
 * shop's app (stateless, no cookies, so no CSRF). Staff log in with a form (session,
 * CSRF-protected) or with HTTP Basic for scripts and Prometheus. Everything not
 * explicitly opened requires authentication.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Paths that shoppers reach with their token. */
	static final String[] SHOPPER_PATHS = { "/api/shopper/**", "/api/demo/**", "/ws/chat", "/ws/chat/**" };

	@Bean
	@Order(1)
	SecurityFilterChain shopperChain(HttpSecurity http, JwtDecoder shopperTokenDecoder, ProblemWriter problems)
			throws Exception {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems, "Bearer");
		ProblemAccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler(problems);
		return http.securityMatcher(SHOPPER_PATHS)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/demo/tokens")
				.permitAll()
				.anyRequest()
				.hasRole(ShopperAuthentication.ROLE))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(shopperTokenDecoder).jwtAuthenticationConverter(ShopperAuthentication::new))
				.bearerTokenResolver(shopperTokenResolver())
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(deniedHandler))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> apiHeaders(headers))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain staffChain(HttpSecurity http, ProblemWriter problems, StaffAccounts accounts,
			LoginThrottle throttle, ClientAddresses addresses, HeaderSettings headerSettings) throws Exception {
		RequestMatcher apiCalls = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
				new AntPathRequestMatcher("/actuator/**"));
		ProblemAuthenticationEntryPoint apiEntryPoint = new ProblemAuthenticationEntryPoint(problems,
				"Basic realm=\"kefu\"");
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/", "/index.html", "/favicon.ico", "/assets/**", "/error", "/login", "/chat",
						"/chat.html", "/chat/**", "/webjars/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				// Shops' systems sign each webhook call (HMAC); the controller checks it.
				.requestMatchers(HttpMethod.POST, "/api/webhooks/**")
				.permitAll()
				// The process's metrics and the login locks span every shop: the
				// platform's.
				.requestMatchers("/actuator/**", "/api/admin/login-locks", "/api/admin/login-locks/**")
				.hasAuthority(StaffUser.PLATFORM_ADMIN)
				.requestMatchers("/api/platform/**")
				.hasAuthority(StaffUser.PLATFORM_ADMIN)
				.requestMatchers("/api/admin/**")
				.hasRole(StaffRole.ADMIN.name())
				// A shop's admins set its secrets; its ops and admins edit its settings.
				.requestMatchers("/api/ops/shops", "/api/ops/shops/**", "/ops/shop", "/ops/shop/**")
				.hasAnyRole(StaffRole.AGENT.name(), StaffRole.OPS.name(), StaffRole.ADMIN.name())
				.requestMatchers("/api/ops/**", "/ops/**")
				.hasRole(StaffRole.OPS.name())
				// Leads (OPS) work on returns too: the returns ops page lists and decides
				// cases.
				.requestMatchers("/api/agent/returns", "/api/agent/returns/**")
				.hasAnyRole(StaffRole.AGENT.name(), StaffRole.OPS.name())
				.requestMatchers("/api/agent/**", "/console", "/console/**", "/ws/console", "/ws/console/**")
				.hasRole(StaffRole.AGENT.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").authenticationDetailsSource(LoginDetails.source(addresses)))
			.httpBasic((basic) -> basic.authenticationEntryPoint(apiEntryPoint)
				.authenticationDetailsSource(LoginDetails.source(addresses)))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// Before the CSRF check too: a throttled attempt is refused whatever it
			// carries.
			.addFilterBefore(new LoginThrottleFilter(throttle, addresses, problems), CsrfFilter.class)
			.addFilterAfter(new StaffSessionCheck(accounts), SecurityContextHolderFilter.class)
			.headers((headers) -> pageHeaders(headers, headerSettings))
			// Requests that carry their own credentials cannot be forged by another site.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesCredentials)
				.ignoringRequestMatchers("/api/webhooks/**"))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint, apiCalls)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true)
				.accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
			.build();
	}

	private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, HeaderSettings settings) {
		headers.frameOptions((frames) -> frames.disable())
			.addHeaderWriter(SecurityHeaders.noFraming())
			.addHeaderWriter(SecurityHeaders.widget(settings.widgetFrameAncestors()))
			.addHeaderWriter(SecurityHeaders.everythingElse())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

	private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.addHeaderWriter(SecurityHeaders.everythingElse())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER));
	}

	@Bean
	JwtDecoder shopperTokenDecoder(ShopperTokenSettings settings) {
		return new ShopperTokenDecoder(settings);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Bearer tokens come in the {@code Authorization} header; only the WebSocket
	 * handshake, which browsers cannot give headers, may carry it as {@code access_token}
	 * in the URL.
	 */
	private static BearerTokenResolver shopperTokenResolver() {
		DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
		DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
		headerOrQuery.setAllowUriQueryParameter(true);
		return (request) -> request.getRequestURI().startsWith(request.getContextPath() + "/ws/chat")
				? headerOrQuery.resolve(request) : headerOnly.resolve(request);
	}

	private static boolean carriesCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

}
