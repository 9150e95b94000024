package dev.kefu.bot.privacy;

import java.util.List;
import java.util.Map;

import dev.kefu.returns.orders.ShopperRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
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
		return this.data.export(subject.shopper(), "staff:" + staff.getName());
	}

	@PostMapping("/erasures")
	Map<String, Integer> erase(Authentication staff, @Valid @RequestBody Subject subject) {
		return this.data.erase(subject.shopper(), "staff:" + staff.getName());
	}

	@GetMapping("/audit")
	List<PrivacyAudit.Entry> audit(@RequestParam(name = "limit", defaultValue = "100") int limit) {
		return this.audit.latest(Math.clamp(limit, 1, 1000));
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
