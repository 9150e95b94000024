package dev.kefu.bot.shops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A shop's secrets (channel credentials): written through the API, read only by the code
 * that uses them. No answer, export or log carries a value; staff see which secrets are
 * set, and when.
 */
@Repository
public class ShopSecrets {

	private final JdbcClient jdbc;

	ShopSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sets a secret.
	 * @param shopId the shop
	 * @param name the secret's name
	 * @param value its value
	 * @param author who sets it
	 */
	public void set(String shopId, String name, String value, String author) {
		this.jdbc.sql("""
				insert into shop_secrets (shop_id, name, value, updated_by) values (?, ?, ?, ?)
				on conflict (shop_id, name) do update set value = excluded.value, updated_by = excluded.updated_by,
				    updated_at = now()
				""").params(shopId, name, value, author).update();
	}

	/**
	 * Removes a secret.
	 * @param shopId the shop
	 * @param name the secret's name
	 * @return {@code true} when there was one
	 */
	public boolean remove(String shopId, String name) {
		return this.jdbc.sql("delete from shop_secrets where shop_id = ? and name = ?")
			.params(shopId, name)
			.update() == 1;
	}

	/**
	 * Which secrets a shop has, without their values.
	 * @param shopId the shop
	 * @return the secrets
	 */
	public List<SecretInfo> list(String shopId) {
		return this.jdbc.sql("select name, updated_by, updated_at from shop_secrets where shop_id = ? order by name")
			.param(shopId)
			.query((row, n) -> new SecretInfo(row.getString("name"), row.getString("updated_by"),
					row.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * A secret's value, for the code that uses it (a channel adapter), never for an
	 * answer.
	 * @param shopId the shop
	 * @param name the secret's name
	 * @return the value, or empty
	 */
	public Optional<String> value(String shopId, String name) {
		return this.jdbc.sql("select value from shop_secrets where shop_id = ? and name = ?")
			.params(shopId, name)
			.query(String.class)
			.optional();
	}

	/**
	 * A secret as staff see it.
	 *
	 * @param name its name
	 * @param updatedBy who set it last
	 * @param updatedAt when
	 */
	public record SecretInfo(String name, String updatedBy, Instant updatedAt) {
	}

}
