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

import dev.kefu.knowledge.language.ChineseScript;
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
			join kb_entry_versions v on v.shop_id = e.shop_id and v.entry_id = e.id and v.version = e.latest_version
			""";

	/** Advisory lock key of the change feed ("kb" in ASCII). */
	private static final long CHANGE_FEED_LOCK = 0x6b62L;

	private final JdbcClient jdbc;

	public KnowledgeEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates an entry with its first version, unpublished.
	 * @param shopId the shop whose knowledge base it joins
	 * @param entryId the new entry's id
	 * @param content its content
	 * @param author who wrote it
	 * @param action how it came (CREATED, IMPORTED)
	 * @throws EntryAlreadyExists if the id is taken
	 */
	void create(String shopId, String entryId, EntryContent content, String author, String action) {
		int inserted = this.jdbc
			.sql("insert into kb_entries (shop_id, id, latest_version) values (?, ?, 1) on conflict do nothing")
			.params(shopId, entryId)
			.update();
		if (inserted == 0) {
			throw new EntryAlreadyExists(entryId);
		}
		insertVersion(shopId, entryId, 1, content, author, null);
		recordChange(shopId, Change.Kind.ENTRY, entryId, 1, action, author);
	}

	/**
	 * Appends a version, if nobody else did since the editor loaded version
	 * {@code expectedLatest}.
	 * @return the new version number
	 */
	int addVersion(String shopId, String entryId, int expectedLatest, EntryContent content, String author, String note,
			String action) {
		int updated = this.jdbc.sql("""
				update kb_entries set latest_version = latest_version + 1, updated_at = now()
				where shop_id = ? and id = ? and latest_version = ?
				""").params(shopId, entryId, expectedLatest).update();
		if (updated == 0) {
			int actual = latestVersion(shopId, entryId);
			throw new EntryEditConflict(entryId, expectedLatest, actual);
		}
		int version = expectedLatest + 1;
		insertVersion(shopId, entryId, version, content, author, note);
		recordChange(shopId, Change.Kind.ENTRY, entryId, version, action, author);
		return version;
	}

	void publish(String shopId, String entryId, int version, String actor) {
		this.jdbc.sql("""
				update kb_entries set published_version = ?, archived = false, updated_at = now()
				where shop_id = ? and id = ?
				""").params(version, shopId, entryId).update();
		recordChange(shopId, Change.Kind.ENTRY, entryId, version, "PUBLISHED", actor);
	}

	void archive(String shopId, String entryId, String actor) {
		this.jdbc.sql("update kb_entries set archived = true, updated_at = now() where shop_id = ? and id = ?")
			.params(shopId, entryId)
			.update();
		recordChange(shopId, Change.Kind.ENTRY, entryId, null, "ARCHIVED", actor);
	}

	public Optional<KnowledgeEntry> find(String shopId, String entryId) {
		return this.jdbc.sql(ENTRY_WITH_LATEST + " where e.shop_id = ? and e.id = ?")
			.params(shopId, entryId)
			.query(KnowledgeEntries::mapEntry)
			.optional();
	}

	public KnowledgeEntry get(String shopId, String entryId) {
		return find(shopId, entryId).orElseThrow(() -> new EntryNotFound(entryId));
	}

	public EntryVersion version(String shopId, String entryId, int version) {
		return this.jdbc.sql("select * from kb_entry_versions where shop_id = ? and entry_id = ? and version = ?")
			.params(shopId, entryId, version)
			.query(KnowledgeEntries::mapVersion)
			.optional()
			.orElseThrow(() -> new EntryNotFound(entryId, version));
	}

	/**
	 * Every version of an entry, newest first.
	 * @param entryId the entry
	 * @return its versions
	 */
	public List<EntryVersion> history(String shopId, String entryId) {
		get(shopId, entryId);
		return this.jdbc.sql("select * from kb_entry_versions where shop_id = ? and entry_id = ? order by version desc")
			.params(shopId, entryId)
			.query(KnowledgeEntries::mapVersion)
			.list();
	}

	/**
	 * What happened to an entry, newest first: the audit trail.
	 * @param entryId the entry
	 * @return its changes
	 */
	public List<Change> changesOf(String shopId, String entryId) {
		return this.jdbc.sql("select * from kb_changes where shop_id = ? and entry_id = ? order by seq desc")
			.params(shopId, entryId)
			.query(KnowledgeEntries::mapChange)
			.list();
	}

	public List<KnowledgeEntry> list(String shopId, EntryFilter filter) {
		StringBuilder sql = new StringBuilder(ENTRY_WITH_LATEST);
		List<Object> params = where(shopId, filter, sql);
		sql.append(" order by e.updated_at desc, e.id limit ? offset ?");
		params.add(filter.limit());
		params.add(filter.offset());
		return this.jdbc.sql(sql.toString()).params(params).query(KnowledgeEntries::mapEntry).list();
	}

	/**
	 * How many entries the filter holds, whatever its page.
	 * @param shopId the shop
	 * @param filter the filter (its limit and offset are not used)
	 * @return the number of entries
	 */
	public long count(String shopId, EntryFilter filter) {
		StringBuilder sql = new StringBuilder("""
				select count(*) from kb_entries e
				join kb_entry_versions v on v.shop_id = e.shop_id and v.entry_id = e.id and v.version = e.latest_version
				""");
		List<Object> params = where(shopId, filter, sql);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	// The text is searched as typed and in the other Chinese script, so 退貨 finds an entry
	// written 退货; ILIKE also ignores the case of Latin letters. A substring match over a
	// shop's entries (hundreds, not millions) needs no index of its own.
	private static List<Object> where(String shopId, EntryFilter filter, StringBuilder sql) {
		sql.append(" where e.shop_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(shopId);
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
			String text = filter.text().strip();
			List<String> forms = new ArrayList<>(List.of(text));
			for (String form : List.of(ChineseScript.toSimplified(text), ChineseScript.toTraditional(text))) {
				if (!forms.contains(form)) {
					forms.add(form);
				}
			}
			sql.append(" and (");
			for (int i = 0; i < forms.size(); i++) {
				sql.append((i > 0) ? " or " : "")
					.append("(e.id || ' ' || v.question || ' ' || array_to_string(v.alternatives, ' ') || ' ' || v.answer)"
							+ " ilike ? escape '\\'");
				params.add("%" + forms.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			sql.append(")");
		}
		return params;
	}

	/**
	 * Every live entry of a shop at its published version: what the shop's index must
	 * hold.
	 * @param shopId the shop
	 * @return published, non-archived entries
	 */
	public List<EntryVersion> publishedVersions(String shopId) {
		return this.jdbc
			.sql("""
					select v.* from kb_entries e
					join kb_entry_versions v on v.shop_id = e.shop_id and v.entry_id = e.id and v.version = e.published_version
					where e.shop_id = ? and not e.archived order by e.id
					""")
			.param(shopId)
			.query(KnowledgeEntries::mapVersion)
			.list();
	}

	/**
	 * The live version of one entry, if it has one and is not archived.
	 * @param shopId the shop
	 * @param entryId the entry
	 * @return its published version
	 */
	public Optional<EntryVersion> publishedVersion(String shopId, String entryId) {
		return this.jdbc
			.sql("""
					select v.* from kb_entries e
					join kb_entry_versions v on v.shop_id = e.shop_id and v.entry_id = e.id and v.version = e.published_version
					where e.shop_id = ? and e.id = ? and not e.archived
					""")
			.params(shopId, entryId)
			.query(KnowledgeEntries::mapVersion)
			.optional();
	}

	public long publishedCount(String shopId) {
		return this.jdbc
			.sql("select count(*) from kb_entries where shop_id = ? and published_version is not null and not archived")
			.param(shopId)
			.query(Long.class)
			.single();
	}

	/**
	 * A shop's changes after a point of the feed, in order.
	 * @param shopId the shop
	 * @param sequence the last change already applied
	 * @param limit how many at most
	 * @return the changes
	 */
	public List<Change> changesSince(String shopId, long sequence, int limit) {
		return this.jdbc.sql("select * from kb_changes where shop_id = ? and seq > ? order by seq limit ?")
			.params(shopId, sequence, limit)
			.query(KnowledgeEntries::mapChange)
			.list();
	}

	public long lastSequence() {
		return this.jdbc.sql("select coalesce(max(seq), 0) from kb_changes").query(Long.class).single();
	}

	/**
	 * The shops that have a knowledge base: entries or synonym groups.
	 * @return their ids
	 */
	public List<String> shops() {
		return this.jdbc
			.sql("select shop_id from kb_entries union select shop_id from kb_synonym_groups order by shop_id")
			.query(String.class)
			.list();
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
	public void recordChange(String shopId, Change.Kind kind, String entryId, Integer version, String action,
			String actor) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CHANGE_FEED_LOCK).query((row, n) -> 1).list();
		this.jdbc
			.sql("insert into kb_changes (shop_id, kind, entry_id, version, action, actor) values (?, ?, ?, ?, ?, ?)")
			.params(shopId, kind.name(), entryId, version, action, actor)
			.update();
	}

	private int latestVersion(String shopId, String entryId) {
		return this.jdbc.sql("select latest_version from kb_entries where shop_id = ? and id = ?")
			.params(shopId, entryId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new EntryNotFound(entryId));
	}

	private void insertVersion(String shopId, String entryId, int version, EntryContent content, String author,
			String note) {
		this.jdbc
			.sql("""
					insert into kb_entry_versions (shop_id, entry_id, version, question, alternatives, answer, language, category,
					    tags, scope_categories, scope_skus, valid_from, valid_to, required_terms, author, change_note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(shopId, entryId, version, content.question(), content.alternatives().toArray(String[]::new),
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
		return new EntryVersion(row.getString("shop_id"), row.getString("entry_id"), row.getInt("version"), content,
				row.getString("author"), row.getString("change_note"), row.getTimestamp("created_at").toInstant());
	}

	private static Change mapChange(ResultSet row, int rowNumber) throws SQLException {
		return new Change(row.getLong("seq"), row.getString("shop_id"), Change.Kind.valueOf(row.getString("kind")),
				row.getString("entry_id"), (Integer) row.getObject("version"), row.getString("action"),
				row.getString("actor"), row.getTimestamp("changed_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
