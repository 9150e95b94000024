package dev.kefu.knowledge.entry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kefu.knowledge.language.Language;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored entries, their versions and the change feed. Every method that changes
 * something appends to the change feed in the same transaction (callers run them in one),
 * so that the index never misses a change and the audit trail is complete.
 */
public class KnowledgeEntries {

	private static final String ENTRY_WITH_LATEST = """
			select e.id, e.published_version, e.archived, e.created_at as entry_created_at, e.updated_at,
			       v.*
			from kb_entries e
			join kb_entry_versions v on v.entry_id = e.id and v.version = e.latest_version
			""";

	/** Advisory lock key of the change feed ("kb" in ASCII). */
	private static final long CHANGE_FEED_LOCK = 0x6b62L;

	private final JdbcClient jdbc;

	public KnowledgeEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates an entry with its first version, unpublished.
	 * @param entryId the new entry's id
	 * @param content its content
	 * @param author who wrote it
	 * @param action how it came (CREATED, IMPORTED)
	 * @throws EntryAlreadyExists if the id is taken
	 */
	void create(String entryId, EntryContent content, String author, String action) {
		int inserted = this.jdbc.sql("insert into kb_entries (id, latest_version) values (?, 1) on conflict do nothing")
			.param(entryId)
			.update();
		if (inserted == 0) {
			throw new EntryAlreadyExists(entryId);
		}
		insertVersion(entryId, 1, content, author, null);
		recordChange(Change.Kind.ENTRY, entryId, 1, action, author);
	}

	/**
	 * Appends a version, if nobody else did since the editor loaded version
	 * {@code expectedLatest}.
	 * @return the new version number
	 */
	int addVersion(String entryId, int expectedLatest, EntryContent content, String author, String note,
			String action) {
		int updated = this.jdbc.sql("""
				update kb_entries set latest_version = latest_version + 1, updated_at = now()
				where id = ? and latest_version = ?
				""").params(entryId, expectedLatest).update();
		if (updated == 0) {
			int actual = latestVersion(entryId);
			throw new EntryEditConflict(entryId, expectedLatest, actual);
		}
		int version = expectedLatest + 1;
		insertVersion(entryId, version, content, author, note);
		recordChange(Change.Kind.ENTRY, entryId, version, action, author);
		return version;
	}

	void publish(String entryId, int version, String actor) {
		this.jdbc.sql("""
				update kb_entries set published_version = ?, archived = false, updated_at = now() where id = ?
				""").params(version, entryId).update();
		recordChange(Change.Kind.ENTRY, entryId, version, "PUBLISHED", actor);
	}

	void archive(String entryId, String actor) {
		this.jdbc.sql("update kb_entries set archived = true, updated_at = now() where id = ?").param(entryId).update();
		recordChange(Change.Kind.ENTRY, entryId, null, "ARCHIVED", actor);
	}

	public Optional<KnowledgeEntry> find(String entryId) {
		return this.jdbc.sql(ENTRY_WITH_LATEST + " where e.id = ?")
			.param(entryId)
			.query(KnowledgeEntries::mapEntry)
			.optional();
	}

	public KnowledgeEntry get(String entryId) {
		return find(entryId).orElseThrow(() -> new EntryNotFound(entryId));
	}

	public EntryVersion version(String entryId, int version) {
		return this.jdbc.sql("select * from kb_entry_versions where entry_id = ? and version = ?")
			.params(entryId, version)
			.query(KnowledgeEntries::mapVersion)
			.optional()
			.orElseThrow(() -> new EntryNotFound(entryId, version));
	}

	/**
	 * Every version of an entry, newest first.
	 * @param entryId the entry
	 * @return its versions
	 */
	public List<EntryVersion> history(String entryId) {
		get(entryId);
		return this.jdbc.sql("select * from kb_entry_versions where entry_id = ? order by version desc")
			.param(entryId)
			.query(KnowledgeEntries::mapVersion)
			.list();
	}

	/**
	 * What happened to an entry, newest first: the audit trail.
	 * @param entryId the entry
	 * @return its changes
	 */
	public List<Change> changesOf(String entryId) {
		return this.jdbc.sql("select * from kb_changes where entry_id = ? order by seq desc")
			.param(entryId)
			.query(KnowledgeEntries::mapChange)
			.list();
	}

	public List<KnowledgeEntry> list(EntryFilter filter) {
		StringBuilder sql = new StringBuilder(ENTRY_WITH_LATEST).append(" where true");
		List<Object> params = new ArrayList<>();
		if (filter.status() != null) {
			sql.append(switch (filter.status()) {
				case ARCHIVED -> " and e.archived";
				case PUBLISHED -> " and not e.archived and e.published_version is not null";
				case DRAFT -> " and not e.archived and e.published_version is null";
			});
		}
		if (filter.language() != null) {
			sql.append(" and v.language = ?");
			params.add(filter.language().code());
		}
		if (filter.category() != null) {
			sql.append(" and v.category = ?");
			params.add(filter.category());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(
					" and (e.id || ' ' || v.question || ' ' || array_to_string(v.alternatives, ' ') || ' ' || v.answer)"
							+ " ilike ? escape '\\'");
			params.add("%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		sql.append(" order by e.updated_at desc, e.id limit ? offset ?");
		params.add(filter.limit());
		params.add(filter.offset());
		return this.jdbc.sql(sql.toString()).params(params).query(KnowledgeEntries::mapEntry).list();
	}

	/**
	 * Every live entry at its published version: what the index must hold.
	 * @return published, non-archived entries
	 */
	public List<EntryVersion> publishedVersions() {
		return this.jdbc.sql("""
				select v.* from kb_entries e
				join kb_entry_versions v on v.entry_id = e.id and v.version = e.published_version
				where not e.archived order by e.id
				""").query(KnowledgeEntries::mapVersion).list();
	}

	/**
	 * The live version of one entry, if it has one and is not archived.
	 * @param entryId the entry
	 * @return its published version
	 */
	public Optional<EntryVersion> publishedVersion(String entryId) {
		return this.jdbc.sql("""
				select v.* from kb_entries e
				join kb_entry_versions v on v.entry_id = e.id and v.version = e.published_version
				where e.id = ? and not e.archived
				""").param(entryId).query(KnowledgeEntries::mapVersion).optional();
	}

	public long publishedCount() {
		return this.jdbc.sql("select count(*) from kb_entries where published_version is not null and not archived")
			.query(Long.class)
			.single();
	}

	public List<Change> changesSince(long sequence, int limit) {
		return this.jdbc.sql("select * from kb_changes where seq > ? order by seq limit ?")
			.params(sequence, limit)
			.query(KnowledgeEntries::mapChange)
			.list();
	}

	public long lastSequence() {
		return this.jdbc.sql("select coalesce(max(seq), 0) from kb_changes").query(Long.class).single();
	}

	/**
	 * Appends to the change feed. Must run inside the transaction that made the change.
	 * <p>
	 * Sequence numbers are handed out at insert but become visible at commit, so two
	 * concurrent transactions could commit out of order and a node that already read the
	 * later one would skip the earlier for good. A transaction-scoped advisory lock makes
	 * knowledge-base writers take turns, so the feed's order is its commit order; ops
	 * edits are rare enough for that.
	 */
	public void recordChange(Change.Kind kind, String entryId, Integer version, String action, String actor) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CHANGE_FEED_LOCK).query((row, n) -> 1).list();
		this.jdbc.sql("insert into kb_changes (kind, entry_id, version, action, actor) values (?, ?, ?, ?, ?)")
			.params(kind.name(), entryId, version, action, actor)
			.update();
	}

	private int latestVersion(String entryId) {
		return this.jdbc.sql("select latest_version from kb_entries where id = ?")
			.param(entryId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new EntryNotFound(entryId));
	}

	private void insertVersion(String entryId, int version, EntryContent content, String author, String note) {
		this.jdbc.sql("""
				insert into kb_entry_versions (entry_id, version, question, alternatives, answer, language, category,
				    tags, scope_categories, scope_skus, valid_from, valid_to, required_terms, author, change_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(entryId, version, content.question(), content.alternatives().toArray(String[]::new),
					content.answer(), content.language().code(), content.category(), sorted(content.tags()),
					sorted(content.scopeCategories()), sorted(content.scopeSkus()), timestamp(content.validFrom()),
					timestamp(content.validTo()), sorted(content.requiredTerms()), author, note)
			.update();
	}

	private static String[] sorted(Set<String> values) {
		return values.stream().sorted().toArray(String[]::new);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static KnowledgeEntry mapEntry(ResultSet row, int rowNumber) throws SQLException {
		Integer published = (Integer) row.getObject("published_version");
		return new KnowledgeEntry(row.getString("id"), mapVersion(row, rowNumber), published,
				row.getBoolean("archived"), row.getTimestamp("entry_created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

	static EntryVersion mapVersion(ResultSet row, int rowNumber) throws SQLException {
		EntryContent content = new EntryContent(row.getString("question"), strings(row.getArray("alternatives")),
				row.getString("answer"), Language.fromCode(row.getString("language")), row.getString("category"),
				new LinkedHashSet<>(strings(row.getArray("tags"))),
				new LinkedHashSet<>(strings(row.getArray("scope_categories"))),
				new LinkedHashSet<>(strings(row.getArray("scope_skus"))), instant(row.getTimestamp("valid_from")),
				instant(row.getTimestamp("valid_to")), new LinkedHashSet<>(strings(row.getArray("required_terms"))));
		return new EntryVersion(row.getString("entry_id"), row.getInt("version"), content, row.getString("author"),
				row.getString("change_note"), row.getTimestamp("created_at").toInstant());
	}

	private static Change mapChange(ResultSet row, int rowNumber) throws SQLException {
		return new Change(row.getLong("seq"), Change.Kind.valueOf(row.getString("kind")), row.getString("entry_id"),
				(Integer) row.getObject("version"), row.getString("action"), row.getString("actor"),
				row.getTimestamp("changed_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
