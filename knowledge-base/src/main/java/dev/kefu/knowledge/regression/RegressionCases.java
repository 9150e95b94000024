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

	public List<RegressionCase> all() {
		return this.jdbc.sql("select * from kb_regression_cases order by id").query(RegressionCases::map).list();
	}

	/**
	 * Adds a case, or changes the expected entry of the same question.
	 * @param question the question
	 * @param expectedEntryId the entry that must answer, or {@code null} for none
	 * @param author who
	 * @return the stored case
	 */
	public RegressionCase save(String question, String expectedEntryId, String author) {
		if (question == null || question.isBlank() || question.length() > 300) {
			throw new IllegalArgumentException("question must be 1 to 300 characters");
		}
		return this.jdbc.sql("""
				insert into kb_regression_cases (question, expected_entry, author) values (?, ?, ?)
				on conflict (question) do update set expected_entry = excluded.expected_entry, author = excluded.author
				returning *
				""").params(question.strip(), expectedEntryId, author).query(RegressionCases::map).single();
	}

	public boolean delete(long id) {
		return this.jdbc.sql("delete from kb_regression_cases where id = ?").param(id).update() == 1;
	}

	private static RegressionCase map(ResultSet row, int rowNumber) throws SQLException {
		return new RegressionCase(row.getLong("id"), row.getString("question"), row.getString("expected_entry"),
				row.getString("author"), row.getTimestamp("created_at").toInstant());
	}

}
