package dev.kefu.bot.shops.web;

import java.net.URI;
import java.util.List;

import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.StoredSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform admins see every shop and create shops.
 */
@RestController
@RequestMapping("/api/platform/shops")
class PlatformShopsController {

	private final Shops shops;

	PlatformShopsController(Shops shops) {
		this.shops = shops;
	}

	@GetMapping
	List<StoredSettings> all() {
		return this.shops.all();
	}

	@PostMapping
	ResponseEntity<StoredSettings> create(Authentication authentication, @Valid @RequestBody NewShop shop) {
		StoredSettings created = this.shops.create(shop.shopId(), shop.settings(), authentication.getName());
		return ResponseEntity.created(URI.create("/api/ops/shops/" + shop.shopId() + "/settings")).body(created);
	}

	/**
	 * A new shop.
	 *
	 * @param shopId its id (the {@code iss} of its shoppers' tokens)
	 * @param settings its first settings
	 */
	record NewShop(@NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{1,128}", message = "is not a shop id") String shopId,
			@NotNull ShopSettings settings) {
	}

}
