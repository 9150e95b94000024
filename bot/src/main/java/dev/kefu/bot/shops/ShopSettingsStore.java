package dev.kefu.bot.shops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.stored.StoredJson;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shops' settings in PostgreSQL: every save is a new version, checked against the
 * version the editor saw, in one transaction with its history entry.
 */
@Repository
class ShopSettingsStore {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ShopSettingsStore(JdbcClient jdbc, @StoredJson ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<StoredSettings> find(String shopId) {
		return this.jdbc.sql("select * from shop_settings where shop_id = ?").param(shopId).query(this::map).optional();
	}

	List<StoredSettings> findAll() {
		return this.jdbc.sql("select * from shop_settings order by shop_id").query(this::map).list();
	}

	/**
	 * The stored version of every shop, for a node checking what changed.
	 * @return shop id to version
	 */
	Map<String, Integer> versions() {
		return this.jdbc.sql("select shop_id, version from shop_settings")
			.query((row, n) -> Map.entry(row.getString("shop_id"), row.getInt("version")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Creates a shop's first version.
	 * @throws ShopAlreadyExists if the shop has settings already
	 */
	@Transactional
	StoredSettings create(String shopId, ShopSettings settings, String author) {
		try {
			this.jdbc
				.sql("insert into shop_settings (shop_id, version, settings, updated_by) values (?, 1, ?::jsonb, ?)")
				.params(shopId, write(settings), author)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ShopAlreadyExists(shopId);
		}
		history(shopId, 1, settings, author, "created");
		return find(shopId).orElseThrow();
	}

	/**
	 * Saves a new version, if the shop is still at the version the editor saw.
	 * @throws SettingsChanged if someone saved in between
	 */
	@Transactional
	StoredSettings save(String shopId, ShopSettings settings, int basedOnVersion, String author, String note) {
		int updated = this.jdbc.sql("""
				update shop_settings set version = version + 1, settings = ?::jsonb, updated_by = ?, updated_at = now()
				where shop_id = ? and version = ?
				""").params(write(settings), author, shopId, basedOnVersion).update();
		if (updated == 0) {
			int latest = find(shopId).map(StoredSettings::version).orElseThrow(() -> new ShopNotFound(shopId));
			throw new SettingsChanged(shopId, latest);
		}
		history(shopId, basedOnVersion + 1, settings, author, note);
		return find(shopId).orElseThrow();
	}

	List<SettingsVersion> versions(String shopId) {
		return this.jdbc.sql("select * from shop_settings_versions where shop_id = ? order by version desc")
			.param(shopId)
			.query((row, n) -> new SettingsVersion(row.getInt("version"), row.getString("author"),
					row.getString("note"), row.getTimestamp("created_at").toInstant(), read(row.getString("settings"))))
			.list();
	}

	private void history(String shopId, int version, ShopSettings settings, String author, String note) {
		this.jdbc.sql("""
				insert into shop_settings_versions (shop_id, version, settings, author, note)
				values (?, ?, ?::jsonb, ?, ?)
				""").params(shopId, version, write(settings), author, note).update();
	}

	private StoredSettings map(ResultSet row, int n) throws SQLException {
		return new StoredSettings(row.getString("shop_id"), row.getInt("version"), read(row.getString("settings")),
				row.getString("updated_by"), row.getTimestamp("updated_at").toInstant());
	}

	private String write(ShopSettings settings) {
		try {
			return this.json.writeValueAsString(settings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ShopSettings read(String json) {
		try {
			return this.json.readValue(json, ShopSettings.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
