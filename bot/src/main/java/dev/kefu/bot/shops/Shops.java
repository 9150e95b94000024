package dev.kefu.bot.shops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.kefu.bot.words.ShopWording;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The shops and what each decided, for every feature: read from memory, refreshed on
 * every node when a shop's settings change (here at once, elsewhere within the refresh
 * interval). A shop that saved nothing gets the defaults.
 */
@Service
public class Shops {

	private final ShopSettingsStore store;

	private final ShopsSettings defaults;

	private final ApplicationEventPublisher events;

	private final Map<String, StoredSettings> known = new ConcurrentHashMap<>();

	Shops(ShopSettingsStore store, ShopsSettings defaults, ApplicationEventPublisher events) {
		this.store = store;
		this.defaults = defaults;
		this.events = events;
	}

	/**
	 * A shop's settings.
	 * @param shopId the shop
	 * @return its saved settings, or the defaults when it saved none
	 */
	public ShopSettings of(String shopId) {
		return stored(shopId).map(StoredSettings::settings).orElseGet(() -> this.defaults.defaultsFor(shopId));
	}

	/**
	 * How the bot words its sentences in a shop.
	 * @param shopId the shop
	 * @return the shop's own wording, over the bundles'
	 */
	public ShopWording wordingOf(String shopId) {
		return ShopSentences.wording(of(shopId).sentences());
	}

	/**
	 * A shop's saved settings, with their version.
	 * @param shopId the shop
	 * @return the settings, or empty when it saved none
	 */
	public Optional<StoredSettings> stored(String shopId) {
		StoredSettings cached = this.known.get(shopId);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<StoredSettings> found = this.store.find(shopId);
		found.ifPresent((s) -> this.known.put(shopId, s));
		return found;
	}

	/**
	 * Every shop with saved settings.
	 * @return the shops, by id
	 */
	public List<StoredSettings> all() {
		return this.store.findAll();
	}

	/**
	 * Whether a shop exists (has saved settings).
	 * @param shopId the shop
	 * @return {@code true} when it does
	 */
	public boolean exists(String shopId) {
		return stored(shopId).isPresent();
	}

	/**
	 * The shop's time zone.
	 * @param shopId the shop
	 * @return its zone
	 */
	public ZoneId zoneOf(String shopId) {
		ZoneId zone = of(shopId).timeZone();
		return (zone != null) ? zone : this.defaults.timeZone();
	}

	/**
	 * Whether the shop's people answer now.
	 * @param shopId the shop
	 * @param at the moment
	 * @return {@code true} within business hours and not on a holiday
	 */
	public boolean isOpen(String shopId, Instant at) {
		return of(shopId).hours().isOpen(at, zoneOf(shopId));
	}

	/**
	 * When the shop's people next answer.
	 * @param shopId the shop
	 * @param after from when
	 * @return the moment, or empty when the shop opens on none of the next 60 days
	 */
	public Optional<Instant> nextOpening(String shopId, Instant after) {
		return of(shopId).hours().nextOpening(after, zoneOf(shopId));
	}

	/**
	 * Creates a shop.
	 * @param shopId its id
	 * @param settings its first settings
	 * @param author who creates it
	 * @return the stored settings
	 * @throws InvalidShopSettings if the settings are not valid
	 * @throws ShopAlreadyExists if the shop exists
	 */
	public StoredSettings create(String shopId, ShopSettings settings, String author) {
		validate(settings);
		return changed(this.store.create(shopId, settings, author));
	}

	/**
	 * Saves a shop's settings.
	 * @param shopId the shop
	 * @param settings the new settings
	 * @param basedOnVersion the version the editor started from
	 * @param author who saves
	 * @param note why, or {@code null}
	 * @return the stored settings
	 * @throws InvalidShopSettings if the settings are not valid (nothing is saved)
	 * @throws SettingsChanged if someone saved in between (nothing is saved)
	 */
	public StoredSettings save(String shopId, ShopSettings settings, int basedOnVersion, String author, String note) {
		validate(settings);
		if (!exists(shopId)) {
			throw new ShopNotFound(shopId);
		}
		return changed(this.store.save(shopId, settings, basedOnVersion, author, note));
	}

	/**
	 * Every saved version of a shop's settings, newest first.
	 * @param shopId the shop
	 * @return the versions
	 */
	public List<SettingsVersion> versions(String shopId) {
		return this.store.versions(shopId);
	}

	/**
	 * Re-reads the shops whose settings another node changed.
	 */
	void refresh() {
		this.store.versions().forEach((shopId, version) -> {
			StoredSettings cached = this.known.get(shopId);
			if (cached != null && cached.version() != version) {
				this.store.find(shopId).ifPresent(this::changed);
			}
		});
	}

	/**
	 * Reads settings written as JSON (a file shipped with Kefu, an import).
	 * @param json the JSON
	 * @return the settings
	 * @throws IOException if the JSON is not settings
	 */
	public ShopSettings readSettings(InputStream json) throws IOException {
		return this.store.read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
	}

	private StoredSettings changed(StoredSettings stored) {
		this.known.put(stored.shopId(), stored);
		this.events.publishEvent(new ShopSettingsChanged(stored.shopId(), stored.version()));
		return stored;
	}

	private static void validate(ShopSettings settings) {
		List<ShopSettingsValidation.FieldProblem> problems = ShopSettingsValidation.problems(settings);
		if (!problems.isEmpty()) {
			throw new InvalidShopSettings(problems);
		}
	}

}
