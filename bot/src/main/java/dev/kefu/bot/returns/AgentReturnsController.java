package dev.kefu.bot.returns;

import java.util.List;
import java.util.UUID;

import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' work on returns: every case, by state; one case with its history and what staff
 * may do to it in its state; deciding cases under review or disputed (agents up to their
 * approval limit, leads beyond); recording the warehouse's inspection; opening a case for
 * a shopper.
 */
@RestController
@RequestMapping("/api/agent/returns")
class AgentReturnsController {

	private final ReturnsWorkflow workflow;

	private final ReturnCaseQueries cases;

	private final StaffReturnsSettings settings;

	AgentReturnsController(ReturnsWorkflow workflow, ReturnCaseQueries cases, StaffReturnsSettings settings) {
		this.workflow = workflow;
		this.cases = cases;
		this.settings = settings;
	}

	@GetMapping
	List<CaseView> list(Authentication staff, @RequestParam(name = "state", required = false) List<CaseState> states,
			@RequestParam(name = "limit", defaultValue = "100") int limit) {
		ShopScope scope = scope(staff);
		List<CaseState> wanted = (states != null) ? states : List.of();
		int most = Math.clamp(limit, 1, 500);
		List<ReturnCase> found = scope.all() ? this.cases.inStates(wanted, most)
				: this.cases.inStatesOf(scope.shops(), wanted, most);
		return found.stream().map((c) -> CaseView.of(c, null)).toList();
	}

	@GetMapping("/{id}")
	CaseView one(Authentication staff, @PathVariable UUID id) {
		ReturnCase c = find(staff, id);
		return CaseView.of(c, this.cases.history(c.id()), this.cases.staffActions(c));
	}

	@PostMapping("/{id}/decision")
	CaseView decide(Authentication staff, @PathVariable UUID id, @Valid @RequestBody StaffDecision body) {
		ReturnCase c = find(staff, id);
		if (body.outcome() == Outcome.APPROVE && !isLead(staff)
				&& c.amount().compareTo(this.settings.agentApprovalLimit()) > 0) {
			throw new AboveApprovalLimit(c, this.settings);
		}
		return staffView(this.workflow.decide(c.id(), body.outcome(), Actor.staff(staff.getName()),
				new LocalizedText(body.reason(), body.reason())));
	}

	@PostMapping("/{id}/inspection")
	CaseView inspection(Authentication staff, @PathVariable UUID id, @Valid @RequestBody Inspection body) {
		return staffView(this.workflow.inspected(find(staff, id).id(), body.condition(), body.passed(),
				Actor.staff(staff.getName()), body.note()));
	}

	private CaseView staffView(ReturnCase c) {
		return CaseView.of(c, null, this.cases.staffActions(c));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseView openForShopper(Authentication staff,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			@Valid @RequestBody ForShopper body) {
		if (!StaffUser.of(staff).scope(StaffRole.AGENT).contains(body.shopId())) {
			throw new ReturnCaseNotFound("for shop " + body.shopId());
		}
		ShopperRef shopper = new ShopperRef(body.shopId(), body.shopperId());
		String key = "agent:" + ((idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey
				: UUID.randomUUID().toString());
		return CaseView.of(
				this.workflow.open(body.request().toRequest(shopper, key, Origin.AGENT), Actor.staff(staff.getName())),
				null);
	}

	/**
	 * A case of a shop the staff member works on returns for; another shop's case is as
	 * unknown as one that does not exist.
	 */
	private ReturnCase find(Authentication staff, UUID id) {
		ShopScope scope = scope(staff);
		return this.cases.find(new ReturnCaseId(id))
			.filter((c) -> scope.contains(c.request().shopper().shopId()))
			.orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
	}

	private static ShopScope scope(Authentication staff) {
		return StaffUser.of(staff).scope(StaffRole.AGENT, StaffRole.OPS);
	}

	private static boolean isLead(Authentication staff) {
		return staff.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_OPS".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}

	@ExceptionHandler(AboveApprovalLimit.class)
	ProblemDetail aboveLimit(AboveApprovalLimit ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	/**
	 * A person's decision.
	 *
	 * @param outcome APPROVE or REJECT
	 * @param reason what the shopper reads
	 */
	record StaffDecision(@NotNull Outcome outcome, @NotBlank @Size(max = 300) String reason) {
	}

	/**
	 * The warehouse's inspection.
	 *
	 * @param passed whether the item is as the shopper said ({@code null}: let the
	 * condition decide)
	 * @param condition what the warehouse found (SAMR Art. 8, 9), or {@code null}
	 * @param note what was found
	 */
	record Inspection(Boolean passed, ItemCondition condition, @Size(max = 500) String note) {
	}

	/**
	 * A case an agent opens for a shopper.
	 *
	 * @param shopId the shop
	 * @param shopperId the shopper
	 * @param request what they ask for
	 */
	record ForShopper(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,128}") String shopId,
			@NotBlank @Size(max = 128) String shopperId, @NotNull @Valid ShopperReturnsController.NewCase request) {
	}

	/**
	 * An agent tried to approve more than they may.
	 */
	static class AboveApprovalLimit extends RuntimeException {

		AboveApprovalLimit(ReturnCase c, StaffReturnsSettings settings) {
			super("Approving " + c.amount() + " " + c.item().currency() + " needs a lead (OPS): agents approve up to "
					+ settings.agentApprovalLimit() + ".");
		}

	}

}
