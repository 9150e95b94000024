package dev.kefu.bot.privacy;

import java.util.Map;

import dev.kefu.returns.orders.ShopperRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shopper exports their own data, or has it erased. Only ever their own: the shopper
 * comes from their token.
 */
@RestController
@RequestMapping("/api/shopper/privacy")
class ShopperPrivacyController {

	private final ShopperData data;

	ShopperPrivacyController(ShopperData data) {
		this.data = data;
	}

	@GetMapping("/export")
	ShopperDataExport export(@AuthenticationPrincipal ShopperRef shopper) {
		return this.data.export(shopper, "shopper");
	}

	@PostMapping("/erasure")
	Map<String, Integer> erase(@AuthenticationPrincipal ShopperRef shopper, @Valid @RequestBody Confirmation body) {
		return this.data.erase(shopper, "shopper");
	}

	/**
	 * The shopper's explicit confirmation: erasure cannot be undone.
	 *
	 * @param confirm must be true
	 */
	record Confirmation(@AssertTrue(message = "must be true: erasure cannot be undone") boolean confirm) {
	}

}
