package dev.kefu.bot.returns;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.returns.approval.Decision;
import dev.kefu.returns.approval.HypotheticalRequest;
import dev.kefu.returns.approval.RuleSet;
import dev.kefu.returns.approval.RuleSetFormat;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.workflow.AutomatedDecisions;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import dev.kefu.returns.workflow.RuleSetVersion;
import dev.kefu.returns.workflow.RuleSets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops edit a shop's auto-approval rules (YAML, versioned, with an edit conflict check),
 * try requests against current or draft rules (dry run), and see cases by state.
 */
@RestController
@RequestMapping("/api/ops/returns")
class ReturnRulesController {

	private static final String SHOP = "[A-Za-z0-9_.-]{1,128}";

	private final RuleSets rules;

	private final ReturnsWorkflow workflow;

	private final ReturnCaseQueries cases;

	private final AutomatedDecisions decisions;

	ReturnRulesController(RuleSets rules, ReturnsWorkflow workflow, ReturnCaseQueries cases,
			AutomatedDecisions decisions) {
		this.rules = rules;
		this.workflow = workflow;
		this.cases = cases;
		this.decisions = decisions;
	}

	/**
	 * The shop's automated decisions with their inputs (PIPL Art. 24), for its impact
	 * assessment: JSON, or CSV with {@code format=csv}. At most 10,000 a call; page with
	 * {@code from}.
	 */
	@GetMapping("/automated-decisions")
	ResponseEntity<?> automatedDecisions(Authentication staff, @RequestParam @Pattern(regexp = SHOP) String shopId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "json") String format) {
		requireOps(staff, shopId);
		if (!format.equals("json") && !format.equals("csv")) {
			throw new IllegalArgumentException("format must be json or csv");
		}
		Instant since = (from != null) ? from : Instant.EPOCH;
		Instant until = (to != null) ? to : Instant.now().plusSeconds(1);
		if (!since.isBefore(until)) {
			throw new IllegalArgumentException("from must be before to");
		}
		List<AutomatedDecisions.Entry> entries = this.decisions.of(shopId, since, until, 10_000);
		if (format.equals("json")) {
			return ResponseEntity.ok(entries);
		}
		StringBuilder csv = new StringBuilder(
				"decided_at,case_id,outcome,rules_version,fired_rules,legal_profile,reason_zh,reason_en,inputs\r\n");
		for (AutomatedDecisions.Entry e : entries) {
			csv.append(String.join(",", e.decidedAt().toString(), e.caseId().toString(), e.outcome(),
					Integer.toString(e.rulesVersion()), cell(String.join(" ", e.firedRules())), e.legalProfile(),
					cell(e.reasonZh()), cell(e.reasonEn()), cell(e.inputs().toString())))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"automated-decisions-" + shopId + ".csv\"")
			.body(csv.toString());
	}

	/** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
	private static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	@GetMapping("/rules")
	RulesView current(Authentication staff, @RequestParam @Pattern(regexp = SHOP) String shopId) {
		requireOps(staff, shopId);
		RuleSet current = this.rules.current(shopId);
		return new RulesView(shopId, current.version(), RuleSetFormat.toYaml(current));
	}

	@PutMapping("/rules")
	RulesView save(Authentication staff, @Valid @RequestBody RulesEdit edit) {
		requireOps(staff, edit.shopId());
		RuleSet parsed = RuleSetFormat.fromYaml(edit.yaml(), 0);
		RuleSet saved = this.rules.save(edit.shopId(), parsed, edit.basedOnVersion(), staff.getName(), edit.note());
		return new RulesView(edit.shopId(), saved.version(), RuleSetFormat.toYaml(saved));
	}

	@GetMapping("/rules/versions")
	List<RuleSetVersion> versions(Authentication staff, @RequestParam @Pattern(regexp = SHOP) String shopId) {
		requireOps(staff, shopId);
		return this.rules.versions(shopId);
	}

	@PostMapping("/rules/dry-run")
	Decision dryRun(Authentication staff, @Valid @RequestBody DryRun body) {
		requireOps(staff, body.shopId());
		RuleSet draft = (body.yaml() != null && !body.yaml().isBlank()) ? RuleSetFormat.fromYaml(body.yaml(), -1)
				: null;
		return this.workflow.dryRun(body.shopId(), body.request(), draft);
	}

	@GetMapping("/summary")
	Map<CaseState, Long> summary(Authentication staff) {
		ShopScope scope = StaffUser.of(staff).scope(StaffRole.OPS);
		return scope.all() ? this.cases.countByState() : this.cases.countByStateOf(scope.shops());
	}

	/**
	 * A shop's rules are its ops' to read and change; another shop is as unknown as one
	 * that does not exist.
	 */
	private static void requireOps(Authentication staff, String shopId) {
		if (!StaffUser.of(staff).scope(StaffRole.OPS).contains(shopId)) {
			throw new ShopNotFound(shopId);
		}
	}

	/**
	 * A shop's rules.
	 *
	 * @param shopId the shop
	 * @param version the version (0 for the built-in defaults)
	 * @param yaml the rules as YAML
	 */
	record RulesView(String shopId, int version, String yaml) {
	}

	/**
	 * An edit of a shop's rules.
	 *
	 * @param shopId the shop
	 * @param basedOnVersion the version the edit started from
	 * @param yaml the new rules
	 * @param note why
	 */
	record RulesEdit(@NotBlank @Pattern(regexp = SHOP) String shopId, @Min(0) int basedOnVersion,
			@NotBlank @Size(max = 50_000) String yaml, @Size(max = 500) String note) {
	}

	/**
	 * A dry run.
	 *
	 * @param shopId the shop whose rules apply
	 * @param request the hypothetical request
	 * @param yaml draft rules to try instead of the current ones
	 */
	record DryRun(@NotBlank @Pattern(regexp = SHOP) String shopId, @NotNull HypotheticalRequest request,
			@Size(max = 50_000) String yaml) {
	}

}
