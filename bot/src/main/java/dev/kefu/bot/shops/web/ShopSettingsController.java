package dev.kefu.bot.shops.web;

import java.util.Comparator;
import java.util.List;

import dev.kefu.bot.shops.SettingsDiff;
import dev.kefu.bot.shops.SettingsVersion;
import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.bot.shops.ShopSecrets;
import dev.kefu.bot.shops.ShopSettings;
import dev.kefu.bot.shops.Shops;
import dev.kefu.bot.shops.StoredSettings;
import dev.kefu.bot.shops.Texts;
import dev.kefu.bot.staff.ShopScope;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.bot.staff.StaffUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop's settings for its ops and admins: read, save (checked against the version the
 * editor saw), history and the diff between two versions; and its secrets, which admins
 * set and nobody reads back. Another shop's settings answer 404, as a shop that does not
 * exist.
 */
@RestController
@RequestMapping("/api/ops/shops")
class ShopSettingsController {

	private final Shops shops;

	private final ShopSecrets secrets;

	ShopSettingsController(Shops shops, ShopSecrets secrets) {
		this.shops = shops;
		this.secrets = secrets;
	}

	/**
	 * The shops the staff member works for, for the pages' shop pickers.
	 */
	@GetMapping
	List<ShopSummary> mine(Authentication authentication) {
		ShopScope scope = StaffUser.of(authentication).scope(StaffRole.AGENT, StaffRole.OPS, StaffRole.ADMIN);
		return this.shops.all()
			.stream()
			.filter((s) -> scope.contains(s.shopId()))
			.sorted(Comparator.comparing(StoredSettings::shopId))
			.map((s) -> new ShopSummary(s.shopId(), s.settings().name(), s.settings().timeZone().getId()))
			.toList();
	}

	@GetMapping("/{shopId}/settings")
	StoredSettings current(Authentication authentication, @PathVariable String shopId) {
		requireOps(authentication, shopId);
		return this.shops.stored(shopId).orElseThrow(() -> new ShopNotFound(shopId));
	}

	@PutMapping("/{shopId}/settings")
	StoredSettings save(Authentication authentication, @PathVariable String shopId,
			@Valid @RequestBody SettingsEdit edit) {
		StaffUser user = requireOps(authentication, shopId);
		return this.shops.save(shopId, edit.settings(), edit.basedOnVersion(), user.getUsername(), edit.note());
	}

	@GetMapping("/{shopId}/settings/versions")
	List<SettingsVersion> versions(Authentication authentication, @PathVariable String shopId) {
		requireOps(authentication, shopId);
		return this.shops.versions(shopId);
	}

	@GetMapping("/{shopId}/settings/diff")
	List<SettingsDiff.Change> diff(Authentication authentication, @PathVariable String shopId,
			@RequestParam @Positive int from, @RequestParam @Positive int to) {
		requireOps(authentication, shopId);
		List<SettingsVersion> versions = this.shops.versions(shopId);
		return SettingsDiff.between(version(versions, shopId, from), version(versions, shopId, to));
	}

	@GetMapping("/{shopId}/secrets")
	List<ShopSecrets.SecretInfo> secrets(Authentication authentication, @PathVariable String shopId) {
		requireAdmin(authentication, shopId);
		return this.secrets.list(shopId);
	}

	@PutMapping("/{shopId}/secrets/{name}")
	ResponseEntity<Void> setSecret(Authentication authentication, @PathVariable String shopId,
			@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}",
					message = "must be lowercase letters, digits, dots, dashes or underscores") String name,
			@Valid @RequestBody SecretValue value) {
		StaffUser user = requireAdmin(authentication, shopId);
		this.secrets.set(shopId, name, value.value(), user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{shopId}/secrets/{name}")
	ResponseEntity<Void> removeSecret(Authentication authentication, @PathVariable String shopId,
			@PathVariable String name) {
		requireAdmin(authentication, shopId);
		return this.secrets.remove(shopId, name) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

	private StaffUser requireOps(Authentication authentication, String shopId) {
		StaffUser user = StaffUser.of(authentication);
		if (!user.scope(StaffRole.OPS, StaffRole.ADMIN).contains(shopId) || !this.shops.exists(shopId)) {
			throw new ShopNotFound(shopId);
		}
		return user;
	}

	private StaffUser requireAdmin(Authentication authentication, String shopId) {
		StaffUser user = StaffUser.of(authentication);
		if (!user.scope(StaffRole.ADMIN).contains(shopId) || !this.shops.exists(shopId)) {
			throw new ShopNotFound(shopId);
		}
		return user;
	}

	private static ShopSettings version(List<SettingsVersion> versions, String shopId, int number) {
		return versions.stream()
			.filter((v) -> v.version() == number)
			.findFirst()
			.map(SettingsVersion::settings)
			.orElseThrow(() -> new ShopNotFound(shopId + "' version '" + number));
	}

	/**
	 * A save.
	 *
	 * @param basedOnVersion the version the editor started from
	 * @param settings the new settings
	 * @param note why, or {@code null}
	 */
	record SettingsEdit(@Min(1) int basedOnVersion, @NotNull ShopSettings settings, @Size(max = 500) String note) {
	}

	/**
	 * A secret's new value.
	 *
	 * @param value the value
	 */
	record SecretValue(@NotBlank @Size(max = 4000) String value) {
	}

	/**
	 * A shop, for pickers.
	 *
	 * @param shopId its id
	 * @param name its name
	 * @param timeZone its time zone
	 */
	record ShopSummary(String shopId, Texts name, String timeZone) {
	}

}
