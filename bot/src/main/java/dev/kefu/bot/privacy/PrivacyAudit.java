package dev.kefu.bot.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.stored.StoredJson;
import dev.kefu.returns.orders.ShopperRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every export, erasure and retention run. Shoppers appear only as a hash.
 */
@Repository
public class PrivacyAudit {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PrivacyAudit(JdbcClient jdbc, @StoredJson ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void record(String action, ShopperRef shopper, String actor, Map<String, ?> details) {
		try {
			this.jdbc
				.sql("""
						insert into privacy_audit (action, shopper_hash, shop_id, actor, details) values (?, ?, ?, ?, ?::jsonb)
						""")
				.params(action, (shopper != null) ? hash(shopper) : null, (shopper != null) ? shopper.shopId() : null,
						actor, this.json.writeValueAsString(details))
				.update();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public List<Entry> latest(int limit) {
		return this.jdbc
			.sql("select action, shopper_hash, actor, details::text, at from privacy_audit order by id desc limit ?")
			.param(limit)
			.query((row, n) -> new Entry(row.getString("action"), row.getString("shopper_hash"), row.getString("actor"),
					row.getString("details"), row.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * The latest entries about some shops' shoppers.
	 * @param shops the shops
	 * @param limit how many
	 * @return the entries, newest first
	 */
	public List<Entry> latestOf(Collection<String> shops, int limit) {
		return this.jdbc.sql("""
				select action, shopper_hash, actor, details::text, at from privacy_audit
				where shop_id = any(?) order by id desc limit ?
				""")
			.params(shops.toArray(String[]::new), limit)
			.query((row, n) -> new Entry(row.getString("action"), row.getString("shopper_hash"), row.getString("actor"),
					row.getString("details"), row.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * The form a shopper takes in the audit.
	 * @param shopper the shopper
	 * @return the SHA-256 of {@code shop:shopper}, hex
	 */
	public static String hash(ShopperRef shopper) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((shopper.shopId() + ":" + shopper.shopperId()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One audit record.
	 *
	 * @param action EXPORT, ERASURE or RETENTION
	 * @param shopperHash the shopper's hash, or null for retention runs
	 * @param actor who: the shopper themselves, a staff member, or the retention job
	 * @param details what was exported or deleted (counts), as JSON
	 * @param at when
	 */
	public record Entry(String action, String shopperHash, String actor, String details, Instant at) {
	}

}
