package dev.kefu.bot.privacy;

import java.util.List;
import java.util.Map;

import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import dev.kefu.returns.orders.ShopperRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops carry out requests that reach the shop by other channels (e-mail, the shop's own
 * app): export or erase a named shopper's data, and read the audit.
 */
@RestController
@RequestMapping("/api/ops/privacy")
class StaffPrivacyController {

	private final ShopperData data;

	private final PrivacyAudit audit;

	StaffPrivacyController(ShopperData data, PrivacyAudit audit) {
		this.data = data;
		this.audit = audit;
	}

	@PostMapping("/exports")
	ShopperDataExport export(Authentication staff, @Valid @RequestBody Subject subject) {
		requireOps(staff, subject.shopId());
		return this.data.export(subject.shopper(), "staff:" + staff.getName());
	}

	@PostMapping("/erasures")
	Map<String, Integer> erase(Authentication staff, @Valid @RequestBody Subject subject) {
		requireOps(staff, subject.shopId());
		return this.data.erase(subject.shopper(), "staff:" + staff.getName());
	}

	@GetMapping("/audit")
	List<PrivacyAudit.Entry> audit(Authentication staff,
			@RequestParam(name = "limit", defaultValue = "100") int limit) {
		ShopScope scope = StaffUser.of(staff).scope(StaffRole.OPS);
		int most = Math.clamp(limit, 1, 1000);
		return scope.all() ? this.audit.latest(most) : this.audit.latestOf(scope.shops(), most);
	}

	/** Another shop's shoppers are not this staff member's to export or erase. */
	private static void requireOps(Authentication staff, String shopId) {
		if (!StaffUser.of(staff).scope(StaffRole.OPS).contains(shopId)) {
			throw new ShopNotFound(shopId);
		}
	}

	@ExceptionHandler(ShopNotFound.class)
	ProblemDetail noShop(ShopNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * Whose data.
	 *
	 * @param shopId the shop
	 * @param shopperId the shopper
	 */
	record Subject(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,128}") String shopId,
			@NotBlank @Size(max = 128) String shopperId) {

		ShopperRef shopper() {
			return new ShopperRef(this.shopId, this.shopperId);
		}

	}

}
