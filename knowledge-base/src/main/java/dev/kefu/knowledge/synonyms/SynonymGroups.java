package dev.kefu.knowledge.synonyms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.kefu.knowledge.entry.Change;
import dev.kefu.knowledge.entry.KnowledgeEntries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored synonym groups. Every change is announced on the knowledge base's change
 * feed, so that every node reloads them.
 */
public class SynonymGroups {

	private final JdbcClient jdbc;

	private final KnowledgeEntries entries;

	private final TransactionTemplate transactions;

	private final Runnable afterChange;

	public SynonymGroups(JdbcClient jdbc, KnowledgeEntries entries, TransactionTemplate transactions,
			Runnable afterChange) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.transactions = transactions;
		this.afterChange = afterChange;
	}

	/**
	 * A shop's synonym groups.
	 * @param shopId the shop
	 * @return its groups, oldest first
	 */
	public List<SynonymGroup> all(String shopId) {
		return this.jdbc.sql("select * from kb_synonym_groups where shop_id = ? order by id")
			.param(shopId)
			.query(SynonymGroups::map)
			.list();
	}

	public SynonymGroup create(String shopId, List<String> terms, String author) {
		List<String> valid = SynonymGroup.validTerms(terms);
		SynonymGroup created = this.transactions.execute((status) -> {
			SynonymGroup group = this.jdbc
				.sql("insert into kb_synonym_groups (shop_id, terms, author) values (?, ?, ?) returning *")
				.params(shopId, valid.toArray(String[]::new), author)
				.query(SynonymGroups::map)
				.single();
			this.entries.recordChange(shopId, Change.Kind.SYNONYMS, null, null, "SYNONYMS_CREATED", author);
			return group;
		});
		this.afterChange.run();
		return created;
	}

	/**
	 * Replaces a group's terms.
	 * @return {@code false} when the shop has no such group
	 */
	public boolean update(String shopId, long id, List<String> terms, String author) {
		List<String> valid = SynonymGroup.validTerms(terms);
		Boolean updated = this.transactions.execute((status) -> {
			int rows = this.jdbc.sql("""
					update kb_synonym_groups set terms = ?, author = ?, updated_at = now() where shop_id = ? and id = ?
					""").params(valid.toArray(String[]::new), author, shopId, id).update();
			if (rows == 1) {
				this.entries.recordChange(shopId, Change.Kind.SYNONYMS, null, null, "SYNONYMS_UPDATED", author);
			}
			return rows == 1;
		});
		this.afterChange.run();
		return Boolean.TRUE.equals(updated);
	}

	public boolean delete(String shopId, long id, String author) {
		Boolean deleted = this.transactions.execute((status) -> {
			int rows = this.jdbc.sql("delete from kb_synonym_groups where shop_id = ? and id = ?")
				.params(shopId, id)
				.update();
			if (rows == 1) {
				this.entries.recordChange(shopId, Change.Kind.SYNONYMS, null, null, "SYNONYMS_DELETED", author);
			}
			return rows == 1;
		});
		this.afterChange.run();
		return Boolean.TRUE.equals(deleted);
	}

	private static SynonymGroup map(ResultSet row, int rowNumber) throws SQLException {
		return new SynonymGroup(row.getLong("id"), Arrays.asList((String[]) row.getArray("terms").getArray()),
				row.getString("author"), row.getTimestamp("updated_at").toInstant());
	}

}
