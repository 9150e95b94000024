package dev.kefu.bot.returns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ItemCondition;
import dev.kefu.returns.cases.Origin;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.ReturnRequest;
import dev.kefu.returns.orders.ShopperRef;
import dev.kefu.returns.settlement.Settlement;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * A shopper's own returns and exchanges: open one, follow it, cancel, dispute a
 * rejection, take a refund for a sold-out exchange. Another shopper's case answers 404.
 */
@RestController
@RequestMapping("/api/shopper/returns")
class ShopperReturnsController {

	private final ReturnsWorkflow workflow;

	private final ReturnCaseQueries cases;

	ShopperReturnsController(ReturnsWorkflow workflow, ReturnCaseQueries cases) {
		this.workflow = workflow;
		this.cases = cases;
	}

	@GetMapping
	List<CaseView> mine(@AuthenticationPrincipal ShopperRef shopper) {
		return this.cases.ofShopper(shopper, 50).stream().map((c) -> CaseView.of(c, null)).toList();
	}

	@GetMapping("/{id}")
	CaseView one(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id) {
		ReturnCase c = this.cases.findOwnedBy(shopper, new ReturnCaseId(id))
			.orElseThrow(() -> new ReturnCaseNotFound(id.toString()));
		return CaseView.of(c, this.cases.history(c.id()));
	}

	/**
	 * Opens a case. A retried request with the same {@code Idempotency-Key} answers with
	 * the case the first one opened.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseView open(@AuthenticationPrincipal ShopperRef shopper,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			@Valid @RequestBody NewCase body) {
		String key = "api:" + ((idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey
				: UUID.randomUUID().toString());
		ReturnCase c = this.workflow.open(body.toRequest(shopper, key, Origin.API), Actor.shopper(shopper.shopperId()));
		return CaseView.of(c, null);
	}

	/**
	 * What a return would refund, line by line with the items' names, before the shopper
	 * confirms it (SAMR Art. 12, 14, 15, 17, 18), in the three languages.
	 */
	@GetMapping("/settlement")
	Map<String, Object> settlement(@AuthenticationPrincipal ShopperRef shopper,
			@RequestParam @Size(min = 1, max = 64) String orderId, @RequestParam @Min(1) int lineNumber,
			@RequestParam(defaultValue = "1") @Min(1) int quantity, @RequestParam ReturnReason reason,
			@RequestParam(required = false) List<String> keepGifts) {
		Settlement s = this.workflow.settlement(shopper, orderId, lineNumber, quantity, reason,
				(keepGifts != null) ? Set.copyOf(keepGifts) : Set.of());
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("lines", s.lines().stream().map((l) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("text", RuleWords.everyLanguage(l.text()));
			line.put("amount", l.amount());
			line.put("article", RuleWords.everyLanguage(l.article().name()));
			return line;
		}).toList());
		view.put("refund", s.refund());
		view.put("currency", s.currency());
		view.put("destinations", s.destinations().stream().map((d) -> {
			Map<String, Object> to = new LinkedHashMap<>();
			to.put("method", RuleWords.everyLanguage(d.method()));
			to.put("amount", d.amount());
			to.put("inKind", d.inKind());
			return to;
		}).toList());
		return view;
	}

	@PostMapping("/{id}/cancel")
	CaseView cancel(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id) {
		return CaseView.of(this.workflow.cancel(shopper, new ReturnCaseId(id)), null);
	}

	@PostMapping("/{id}/dispute")
	CaseView dispute(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id,
			@Valid @RequestBody Dispute body) {
		return CaseView.of(this.workflow.dispute(shopper, new ReturnCaseId(id), body.why()), null);
	}

	@PostMapping("/{id}/accept-refund")
	CaseView acceptRefund(@AuthenticationPrincipal ShopperRef shopper, @PathVariable UUID id) {
		return CaseView.of(this.workflow.acceptRefund(shopper, new ReturnCaseId(id)), null);
	}

	/**
	 * A request for a return or exchange.
	 *
	 * @param kind return or exchange
	 * @param orderId the order
	 * @param lineNumber the order line
	 * @param quantity how many units
	 * @param reason why
	 * @param note the shopper's words
	 * @param photoIds evidence photos
	 * @param exchangeSku the wanted variant (exchanges)
	 * @param condition the item's state as the shopper confirms it (SAMR Art. 8-9), or
	 * {@code null}
	 */
	record NewCase(@NotNull CaseKind kind,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "is not an order number") String orderId,
			@Min(1) @Max(1000) int lineNumber, @Min(1) @Max(10000) int quantity, @NotNull ReturnReason reason,
			@Size(max = ReturnRequest.MAX_NOTE) String note, @Size(max = 10) List<UUID> photoIds,
			@Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "is not a SKU") String exchangeSku,
			ItemCondition condition) {

		ReturnRequest toRequest(ShopperRef shopper, String key, Origin origin) {
			return new ReturnRequest(this.kind, shopper, this.orderId, this.lineNumber, this.quantity, this.reason,
					this.note, this.photoIds, this.exchangeSku, key, origin, null, this.condition);
		}

	}

	/**
	 * Why the shopper disputes.
	 *
	 * @param why their words
	 */
	record Dispute(@Size(max = 500) String why) {
	}

}
