package dev.kefu.bot.security.regression;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import dev.kefu.bot.HttpApi;
import dev.kefu.bot.KefuIntegrationTest;
import dev.kefu.bot.ShopperTokens;
import dev.kefu.bot.privacy.PrivacyAudit;
import dev.kefu.returns.orders.ShopperRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.kefu.bot.HttpApi.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff endpoint, across two shops. An intruder holds every role in home-shop; an
 * owner every role in demo-shop. Each endpoint is called by both with the same request
 * aimed at demo-shop's things: the intruder gets 403 or 404 and sees nothing of them, the
 * owner (where the call can succeed) gets an answer, which shows the request itself was
 * well formed. A second test lists the application's staff endpoints, so an endpoint
 * added without a row here fails the suite.
 */
@KefuIntegrationTest
class StaffEndpointTenancyTests {

	/** The staff API: what needs a staff login. */
	private static final List<String> STAFF_PREFIXES = List.of("/api/agent", "/api/ops", "/api/admin", "/api/platform",
			"/api/staff");

	/** Endpoints that hold no shop's data, and why. */
	private static final Map<String, String> NOT_SHOP_DATA = Map.of("GET /api/staff/me", "the caller's own account",
			"PUT /api/staff/me/password", "the caller's own password", "GET /api/staff/me/preferences",
			"the caller's own preferences", "PUT /api/staff/me/preferences", "the caller's own preferences");

	/**
	 * The knowledge base's endpoints: each is called across the two demo shops, read and
	 * write, by {@link KnowledgeBaseTenancyRegressionTests}, which owns their fixtures
	 * (entries with the same id in both shops, synonyms, gaps, regression cases, marks).
	 */
	private static final Set<String> KNOWLEDGE_BASE = Set.of("DELETE /api/ops/kb/regression/cases/{id}",
			"DELETE /api/ops/kb/synonyms/{id}", "GET /api/ops/kb/answer-marks", "GET /api/ops/kb/answer-marks/answered",
			"GET /api/ops/kb/entries", "GET /api/ops/kb/entries/{id}", "GET /api/ops/kb/entries/{id}/changes",
			"GET /api/ops/kb/entries/{id}/diff", "GET /api/ops/kb/entries/{id}/publish-preview",
			"GET /api/ops/kb/entries/{id}/versions", "GET /api/ops/kb/export", "GET /api/ops/kb/gaps",
			"GET /api/ops/kb/regression/cases", "GET /api/ops/kb/synonyms", "POST /api/agent/answers/marks",
			"POST /api/ops/kb/answer-marks", "POST /api/ops/kb/entries", "POST /api/ops/kb/entries/{id}/alternatives",
			"POST /api/ops/kb/entries/{id}/archive", "POST /api/ops/kb/entries/{id}/publish",
			"POST /api/ops/kb/entries/{id}/revert", "POST /api/ops/kb/gaps/resolve", "POST /api/ops/kb/import",
			"POST /api/ops/kb/regression/cases", "POST /api/ops/kb/regression/run", "POST /api/ops/kb/synonyms",
			"POST /api/ops/kb/try", "PUT /api/ops/kb/entries/{id}", "PUT /api/ops/kb/synonyms/{id}");

	private static final String PASSWORD = "a-long-enough-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	ShopFixtures fixtures;

	@BeforeEach
	void client() {
		this.api = new HttpApi(this.port);
		this.fixtures = new ShopFixtures(this.api, this.jdbc);
	}

	@Test
	void everyStaffEndpointKeepsToTheStaffMembersShops() {
		Fixture demo = fixture();
		String[] intruder = staff("intruder", "home-shop");
		String[] owner = staff("owner", "demo-shop");
		List<String> leaks = new ArrayList<>();
		for (Row row : rows()) {
			HttpApi.Response seen = call(row, demo, intruder);
			if (row.kind() == Kind.LIST) {
				if (seen.status() != 200 || row.marker().apply(demo).stream().anyMatch(seen.body()::contains)) {
					leaks.add(row.key() + " showed another shop's things: " + seen.status() + " " + seen.body());
				}
			}
			else if ((seen.status() != 403 && seen.status() != 404) || !seen.isProblem()) {
				leaks.add(row.key() + " answered another shop's staff " + seen.status() + " " + seen.body());
			}
		}
		assertThat(leaks).isEmpty();
		List<String> broken = new ArrayList<>();
		for (Row row : rows()) {
			if (row.kind() != Kind.SKIP_OWNER) {
				HttpApi.Response answered = call(row, demo, owner);
				boolean listed = row.kind() != Kind.LIST
						|| row.marker().apply(demo).stream().allMatch(answered.body()::contains);
				if (answered.status() / 100 != 2 || !listed) {
					broken
						.add(row.key() + " failed its own shop's staff: " + answered.status() + " " + answered.body());
				}
			}
		}
		assertThat(broken).as("the requests are well formed: the shop's own staff get an answer").isEmpty();
	}

	@Test
	void everyStaffEndpointHasARowHere(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		Set<String> endpoints = new TreeSet<>();
		mapping.getHandlerMethods().keySet().forEach((info) -> {
			Set<String> patterns = info.getPathPatternsCondition().getPatternValues();
			info.getMethodsCondition()
				.getMethods()
				.forEach((method) -> patterns.stream()
					.filter((pattern) -> STAFF_PREFIXES.stream().anyMatch(pattern::startsWith))
					.forEach((pattern) -> endpoints.add(method + " " + pattern)));
		});
		Set<String> covered = new TreeSet<>(NOT_SHOP_DATA.keySet());
		covered.addAll(KNOWLEDGE_BASE);
		rows().forEach((row) -> covered.add(row.key()));
		assertThat(endpoints).as("staff endpoints").hasSizeGreaterThan(40);
		assertThat(covered).as("every staff endpoint is tried across two shops (add a row)").containsAll(endpoints);
		assertThat(endpoints).as("rows for endpoints that no longer exist").containsAll(covered);
	}

	private HttpApi.Response call(Row row, Fixture demo, String[] who) {
		String path = row.path().apply(demo);
		String body = (row.body() != null) ? row.body().apply(demo) : null;
		return switch (row.method()) {
			case "GET" -> this.api.get(path, who);
			case "POST" -> this.api.post(path, (body != null) ? body : "", who);
			case "PUT" -> this.api.put(path, (body != null) ? body : "", who);
			default -> this.api.send(row.method(), path,
					(body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody(), who);
		};
	}

	/**
	 * The table. The owner's calls run in this order, so a claim comes before the reply
	 * and the hand-back.
	 */
	private static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		// The agent console.
		rows.add(list("GET", "/api/agent/escalations", (f) -> "/api/agent/escalations",
				(f) -> List.of(f.conversation())));
		rows.add(row("POST", "/api/agent/escalations/{id}/claim", (f) -> escalation(f, "/claim"), null));
		rows.add(row("POST", "/api/agent/escalations/{id}/read", (f) -> escalation(f, "/read"), (f) -> "{\"seq\": 1}"));
		rows.add(row("GET", "/api/agent/escalations/{id}", (f) -> escalation(f, ""), null));
		rows.add(row("GET", "/api/agent/escalations/{id}/suggestions", (f) -> escalation(f, "/suggestions"), null));
		rows.add(row("POST", "/api/agent/escalations/{id}/messages", (f) -> escalation(f, "/messages"),
				(f) -> "{\"clientMessageId\": \"" + UUID.randomUUID() + "\", \"text\": \"您好\"}"));
		rows.add(row("POST", "/api/agent/escalations/{id}/typing", (f) -> escalation(f, "/typing"), null));
		rows.add(row("POST", "/api/agent/escalations/{id}/notes", (f) -> escalation(f, "/notes"),
				(f) -> "{\"text\": \"a note\"}"));
		rows.add(row("POST", "/api/agent/escalations/{id}/hand-back", (f) -> escalation(f, "/hand-back"), null));
		rows.add(intruderOnly("POST", "/api/agent/escalations/{id}/resolve", (f) -> escalation(f, "/resolve"), null));
		rows.add(intruderOnly("POST", "/api/agent/escalations/{id}/transfer", (f) -> escalation(f, "/transfer"),
				(f) -> "{\"skill\": \"returns\", \"note\": \"taken over\"}"));
		rows.add(list("GET", "/api/agent/returns", (f) -> "/api/agent/returns?limit=500", (f) -> List.of(f.caseId())));
		rows.add(row("GET", "/api/agent/returns/{id}", (f) -> "/api/agent/returns/" + f.caseId(), null));
		rows.add(row("GET", "/api/agent/returns/{caseId}/photos", (f) -> "/api/agent/returns/" + f.caseId() + "/photos",
				null));
		// The case cites no photo: PhotoChecksIntegrationTests serves a cited one to its
		// shop.
		rows.add(intruderOnly("GET", "/api/agent/returns/{caseId}/photos/{photoId}",
				(f) -> "/api/agent/returns/" + f.caseId() + "/photos/" + UUID.randomUUID(), null));
		rows.add(row("GET", "/api/agent/conversations/{conversationId}/photos",
				(f) -> "/api/agent/conversations/" + f.conversation() + "/photos", null));
		// The conversation holds no photo: PhotoChecksIntegrationTests serves one to its
		// shop.
		rows.add(intruderOnly("GET", "/api/agent/conversations/{conversationId}/photos/{photoId}",
				(f) -> "/api/agent/conversations/" + f.conversation() + "/photos/" + UUID.randomUUID(), null));
		rows.add(intruderOnly("POST", "/api/agent/returns/{id}/inspection",
				(f) -> "/api/agent/returns/" + f.caseId() + "/inspection", (f) -> "{\"passed\": true}"));
		rows.add(
				row("POST", "/api/agent/returns/{id}/decision", (f) -> "/api/agent/returns/" + f.caseId() + "/decision",
						(f) -> "{\"outcome\": \"APPROVE\", \"reason\": \"photo shows the fault\"}"));
		rows.add(intruderOnly("POST", "/api/agent/returns", (f) -> "/api/agent/returns", (f) -> """
				{"shopId": "demo-shop", "shopperId": "%s", "request": {"kind": "RETURN", "orderId": "X1",
				 "lineNumber": 1, "quantity": 1, "reason": "CHANGED_MIND"}}""".formatted(f.shopper())));
		// Ops: rules, settings, privacy, insights.
		rows.add(row("GET", "/api/ops/returns/rules", (f) -> "/api/ops/returns/rules?shopId=demo-shop", null));
		rows.add(row("GET", "/api/ops/returns/rules/versions",
				(f) -> "/api/ops/returns/rules/versions?shopId=demo-shop", null));
		rows.add(intruderOnly("PUT", "/api/ops/returns/rules", (f) -> "/api/ops/returns/rules",
				(f) -> "{\"shopId\": \"demo-shop\", \"basedOnVersion\": 0, \"yaml\": \"rules: []\"}"));
		rows.add(row("POST", "/api/ops/returns/rules/dry-run", (f) -> "/api/ops/returns/rules/dry-run", (f) -> """
				{"shopId": "demo-shop", "request": {"kind": "RETURN", "reason": "CHANGED_MIND", "category": "apparel",
				 "unitPrice": 260, "quantity": 1, "orderAgeDays": 5, "deliveredDaysAgo": 2, "photos": 0,
				 "returnsLast30Days": 0}}"""));
		rows.add(row("GET", "/api/ops/returns/automated-decisions",
				(f) -> "/api/ops/returns/automated-decisions?shopId=demo-shop", null));
		// Counts only: ShopTenancyRegressionTests checks they are the shop's own.
		rows.add(list("GET", "/api/ops/returns/summary", (f) -> "/api/ops/returns/summary", (f) -> List.of()));
		rows.add(list("GET", "/api/ops/shops", (f) -> "/api/ops/shops", (f) -> List.of("\"demo-shop\"")));
		rows.add(row("GET", "/api/ops/shops/{shopId}/settings", (f) -> "/api/ops/shops/demo-shop/settings", null));
		rows.add(intruderOnly("PUT", "/api/ops/shops/{shopId}/settings", (f) -> "/api/ops/shops/demo-shop/settings",
				(f) -> "{\"basedOnVersion\": 1, \"settings\": " + f.settings() + "}"));
		rows.add(row("GET", "/api/ops/shops/{shopId}/settings/versions",
				(f) -> "/api/ops/shops/demo-shop/settings/versions", null));
		rows.add(intruderOnly("GET", "/api/ops/shops/{shopId}/settings/diff",
				(f) -> "/api/ops/shops/demo-shop/settings/diff?from=1&to=1", null));
		rows.add(row("GET", "/api/ops/shops/{shopId}/sentences", (f) -> "/api/ops/shops/demo-shop/sentences", null));
		rows.add(row("POST", "/api/ops/shops/{shopId}/sentences/preview",
				(f) -> "/api/ops/shops/demo-shop/sentences/preview",
				(f) -> "{\"key\": \"thanks\", \"language\": \"en\", \"own\": {\"en\": \"Any time!\"}}"));
		rows.add(row("GET", "/api/ops/shops/{shopId}/secrets", (f) -> "/api/ops/shops/demo-shop/secrets", null));
		rows.add(row("PUT", "/api/ops/shops/{shopId}/secrets/{name}",
				(f) -> "/api/ops/shops/demo-shop/secrets/tenancy-" + f.tag(), (f) -> "{\"value\": \"s3cret\"}"));
		rows.add(row("DELETE", "/api/ops/shops/{shopId}/secrets/{name}",
				(f) -> "/api/ops/shops/demo-shop/secrets/tenancy-" + f.tag(), null));
		rows.add(row("POST", "/api/ops/privacy/exports", (f) -> "/api/ops/privacy/exports",
				(f) -> "{\"shopId\": \"demo-shop\", \"shopperId\": \"" + f.shopper() + "\"}"));
		rows.add(intruderOnly("POST", "/api/ops/privacy/erasures", (f) -> "/api/ops/privacy/erasures",
				(f) -> "{\"shopId\": \"demo-shop\", \"shopperId\": \"" + f.shopper() + "\"}"));
		rows.add(list("GET", "/api/ops/privacy/audit", (f) -> "/api/ops/privacy/audit?limit=500",
				(f) -> List.of(PrivacyAudit.hash(new ShopperRef("demo-shop", f.shopper())))));
		rows.add(row("GET", "/api/ops/insights", (f) -> "/api/ops/insights?shop=demo-shop", null));
		rows.add(row("GET", "/api/ops/insights/daily.csv", (f) -> "/api/ops/insights/daily.csv?shop=demo-shop", null));
		// Admins: staff of the shop, and what spans every shop.
		rows.add(list("GET", "/api/admin/staff", (f) -> "/api/admin/staff", (f) -> List.of(f.colleague())));
		rows.add(row("POST", "/api/admin/staff", (f) -> "/api/admin/staff", (f) -> """
				{"username": "new-%s", "password": "%s", "shops": {"demo-shop": ["AGENT"]}}""".formatted(f.tag(),
				PASSWORD)));
		rows.add(row("PUT", "/api/admin/staff/{username}/enabled", (f) -> colleague(f, "/enabled"),
				(f) -> "{\"enabled\": true}"));
		rows.add(intruderOnly("PUT", "/api/admin/staff/{username}/roles", (f) -> colleague(f, "/roles"),
				(f) -> "{\"roles\": [\"AGENT\"]}"));
		rows.add(row("PUT", "/api/admin/staff/{username}/shops/{shopId}", (f) -> colleague(f, "/shops/demo-shop"),
				(f) -> "{\"roles\": [\"AGENT\", \"OPS\"]}"));
		rows.add(intruderOnly("PUT", "/api/admin/staff/{username}/platform-admin",
				(f) -> colleague(f, "/platform-admin"), (f) -> "{\"platformAdmin\": true}"));
		rows.add(row("PUT", "/api/admin/staff/{username}/password", (f) -> colleague(f, "/password"),
				(f) -> "{\"password\": \"" + PASSWORD + "-2\"}"));
		rows.add(intruderOnly("DELETE", "/api/admin/staff/{username}/login-lock", (f) -> colleague(f, "/login-lock"),
				null));
		rows.add(list("GET", "/api/admin/staff/audit", (f) -> "/api/admin/staff/audit", (f) -> List.of(f.colleague())));
		rows.add(intruderOnly("GET", "/api/admin/staff/{username}/routing", (f) -> colleague(f, "/routing"), null));
		rows.add(intruderOnly("PUT", "/api/admin/staff/{username}/routing", (f) -> colleague(f, "/routing"),
				(f) -> "{\"skills\": [\"zh\"], \"capacity\": 3}"));
		rows.add(intruderOnly("GET", "/api/admin/login-locks", (f) -> "/api/admin/login-locks", null));
		rows.add(intruderOnly("DELETE", "/api/admin/login-locks", (f) -> "/api/admin/login-locks?address=10.0.0.1",
				null));
		rows.add(intruderOnly("GET", "/api/platform/shops", (f) -> "/api/platform/shops", null));
		rows.add(intruderOnly("POST", "/api/platform/shops", (f) -> "/api/platform/shops",
				(f) -> "{\"shopId\": \"stolen-" + f.tag() + "\"}"));
		return rows;
	}

	private Fixture fixture() {
		String shopper = ShopFixtures.newShopper();
		String token = ShopperTokens.demoShopper(shopper);
		String caseId = this.fixtures.caseUnderReview("demo-shop", token);
		String conversation = this.fixtures.askForAPerson(token);
		String escalation = this.fixtures.escalationOf(conversation);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String colleague = "colleague-" + tag;
		createStaff(colleague, "demo-shop", "AGENT");
		// An export, so that the privacy audit has something of demo-shop's to show.
		assertThat(this.api
			.post("/api/ops/privacy/exports", "{\"shopId\": \"demo-shop\", \"shopperId\": \"" + shopper + "\"}",
					basic("admin", "kefu-admin-demo"))
			.status()).isEqualTo(200);
		String settings = this.api.get("/api/ops/shops/demo-shop/settings", basic("admin", "kefu-admin-demo"))
			.json()
			.at("/settings")
			.toString();
		return new Fixture(shopper, caseId, conversation, escalation, colleague, tag, settings);
	}

	private String[] staff(String role, String shop) {
		String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
		createStaff(username, shop, "ADMIN\", \"OPS\", \"AGENT");
		return basic(username, PASSWORD);
	}

	private void createStaff(String username, String shop, String roles) {
		assertThat(this.api.post("/api/admin/staff", """
				{"username": "%s", "password": "%s", "shops": {"%s": ["%s"]}}
				""".formatted(username, PASSWORD, shop, roles), basic("admin", "kefu-admin-demo")).status())
			.isEqualTo(201);
	}

	private static String escalation(Fixture f, String rest) {
		return "/api/agent/escalations/" + f.escalation() + rest;
	}

	private static String colleague(Fixture f, String rest) {
		return "/api/admin/staff/" + f.colleague() + rest;
	}

	private static Row row(String method, String pattern, Function<Fixture, String> path,
			Function<Fixture, String> body) {
		return new Row(method, pattern, path, body, Kind.BOTH, null);
	}

	/**
	 * Rows whose call cannot succeed for the owner either (platform only, or needs
	 * state).
	 */
	private static Row intruderOnly(String method, String pattern, Function<Fixture, String> path,
			Function<Fixture, String> body) {
		return new Row(method, pattern, path, body, Kind.SKIP_OWNER, null);
	}

	/**
	 * Rows that list: the intruder's answer names none of the markers, the owner's all.
	 */
	private static Row list(String method, String pattern, Function<Fixture, String> path,
			Function<Fixture, List<String>> marker) {
		return new Row(method, pattern, path, null, Kind.LIST, marker);
	}

	private enum Kind {

		BOTH, SKIP_OWNER, LIST

	}

	private record Row(String method, String pattern, Function<Fixture, String> path, Function<Fixture, String> body,
			Kind kind, Function<Fixture, List<String>> marker) {

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	/**
	 * demo-shop's things for one run.
	 *
	 * @param shopper a shopper with a case and an escalation
	 * @param caseId the shopper's case under review
	 * @param conversation the conversation that asked for a person
	 * @param escalation its escalation
	 * @param colleague a staff account of demo-shop
	 * @param tag a suffix no other run uses
	 * @param settings the shop's settings, as JSON
	 */
	private record Fixture(String shopper, String caseId, String conversation, String escalation, String colleague,
			String tag, String settings) {
	}

}
