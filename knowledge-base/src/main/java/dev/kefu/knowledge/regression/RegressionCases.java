package dev.kefu.knowledge.regression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored regression cases.
 */
public class RegressionCases {

	private final JdbcClient jdbc;

	public RegressionCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A shop's regression cases.
	 * @param shopId the shop
	 * @return its cases, oldest first
	 */
	public List<RegressionCase> all(String shopId) {
		return this.jdbc.sql("select * from kb_regression_cases where shop_id = ? order by id")
			.param(shopId)
			.query(RegressionCases::map)
			.list();
	}

	/**
	 * Adds a case, or changes the expected entry of the same question.
	 * @param shopId the shop whose knowledge base it tests
	 * @param question the question
	 * @param expectedEntryId the entry that must answer, or {@code null} for none
	 * @param author who
	 * @return the stored case
	 */
	public RegressionCase save(String shopId, String question, String expectedEntryId, String author) {
		return save(shopId, question, expectedEntryId, author, "ops", null, null);
	}

	/**
	 * Adds a case, or replaces the one with the same question in the same shop.
	 * @param shopId the shop whose knowledge base it tests
	 * @param question the question
	 * @param expectedEntryId the entry that must answer, or {@code null} for none
	 * @param author who
	 * @param source where it comes from (see {@link RegressionCase#source()})
	 * @param answeredEntryId the entry the bot answered with, for a marked answer
	 * @param knownFailure why it is known to fail, or {@code null}
	 * @return the stored case
	 */
	public RegressionCase save(String shopId, String question, String expectedEntryId, String author, String source,
			String answeredEntryId, String knownFailure) {
		if (question == null || question.isBlank() || question.length() > 300) {
			throw new IllegalArgumentException("question must be 1 to 300 characters");
		}
		return this.jdbc
			.sql("""
					insert into kb_regression_cases (shop_id, question, expected_entry, author, source, answered_entry,
					    known_failure)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (shop_id, question) do update set expected_entry = excluded.expected_entry, author = excluded.author,
					    source = excluded.source, answered_entry = excluded.answered_entry,
					    known_failure = excluded.known_failure
					returning *
					""")
			.params(shopId, question.strip(), expectedEntryId, author, source, answeredEntryId, knownFailure)
			.query(RegressionCases::map)
			.single();
	}

	/**
	 * The questions marked as not for a shop's knowledge base: they join its none class.
	 * @param shopId the shop
	 * @return the questions
	 */
	public List<String> markedNone(String shopId) {
		return this.jdbc.sql("""
				select question from kb_regression_cases
				where shop_id = ? and expected_entry is null and source like 'mark:%'
				order by id
				""").param(shopId).query(String.class).list();
	}

	/**
	 * Deletes one of a shop's cases.
	 * @param shopId the shop
	 * @param id the case
	 * @return {@code false} when the shop has no such case
	 */
	public boolean delete(String shopId, long id) {
		return this.jdbc.sql("delete from kb_regression_cases where shop_id = ? and id = ?")
			.params(shopId, id)
			.update() == 1;
	}

	private static RegressionCase map(ResultSet row, int rowNumber) throws SQLException {
		return new RegressionCase(row.getLong("id"), row.getString("question"), row.getString("expected_entry"),
				row.getString("author"), row.getTimestamp("created_at").toInstant(), row.getString("source"),
				row.getString("answered_entry"), row.getString("known_failure"));
	}

}
