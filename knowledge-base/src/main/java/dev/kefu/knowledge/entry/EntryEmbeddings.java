package dev.kefu.knowledge.entry;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored phrasing vectors, one row per entry version and model: computed once, when a
 * version is first published or indexed, and read back at every later rebuild.
 */
public class EntryEmbeddings {

	private final JdbcClient jdbc;

	public EntryEmbeddings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stored vectors of a version, if they were computed by this model for exactly
	 * these phrasings.
	 * @param shopId the entry's shop
	 * @param entryId the entry
	 * @param version the version
	 * @param model the embedding model's name
	 * @param phrasings the normalised phrasings the vectors must belong to
	 * @return the vectors, in phrasing order
	 */
	public Optional<List<float[]>> find(String shopId, String entryId, int version, String model,
			List<String> phrasings) {
		return this.jdbc.sql("""
				select phrasings, vectors from kb_embeddings
				where shop_id = ? and entry_id = ? and version = ? and model = ?
				""").params(shopId, entryId, version, model).query((row, n) -> {
			Array stored = row.getArray("phrasings");
			List<String> storedPhrasings = Arrays.asList((String[]) stored.getArray());
			return storedPhrasings.equals(phrasings)
					? EntryEmbeddingsCodec.decode(row.getBytes("vectors"), phrasings.size()) : null;
		}).optional();
	}

	public void store(String shopId, String entryId, int version, String model, List<String> phrasings,
			List<float[]> vectors) {
		this.jdbc
			.sql("""
					insert into kb_embeddings (shop_id, entry_id, version, model, phrasings, vectors)
					values (?, ?, ?, ?, ?, ?)
					on conflict (shop_id, entry_id, version, model) do update set phrasings = excluded.phrasings, vectors = excluded.vectors
					""")
			.params(shopId, entryId, version, model, phrasings.toArray(String[]::new),
					EntryEmbeddingsCodec.encode(vectors))
			.update();
	}

}
