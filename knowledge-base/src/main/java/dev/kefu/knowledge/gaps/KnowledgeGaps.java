package dev.kefu.knowledge.gaps;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.kefu.knowledge.entry.EntryEmbeddingsCodec;
import dev.kefu.knowledge.privacy.PersonalDataMasker;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.TextEmbedder;
import dev.kefu.knowledge.search.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the questions the bot did not answer outright and groups the open ones by
 * meaning: greedy clustering on the question embeddings, one language at a time.
 */
public class KnowledgeGaps {

	/** Two questions this close (cosine) ask the same thing. */
	static final double SAME_QUESTION = 0.8;

	private static final int WINDOW = 2000;

	private final JdbcClient jdbc;

	private final TextEmbedder embedder;

	public KnowledgeGaps(JdbcClient jdbc, TextEmbedder embedder) {
		this.jdbc = jdbc;
		this.embedder = embedder;
	}

	/**
	 * Records a question unless the bot answered it outright.
	 * @param shopId the shop whose knowledge base was asked
	 * @param result what the search found
	 * @return whether it was recorded
	 */
	public boolean record(String shopId, SearchResult result) {
		if (result.verdict() == Verdict.ANSWER || result.query().isBlank()) {
			return false;
		}
		float[] vector = this.embedder.embed(result.query().language(), result.query().normalized());
		this.jdbc.sql("""
				insert into kb_gaps (shop_id, question, language, verdict, confidence, best_entry_id, vector)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			// Ops read gaps: a phone number or an address a shopper typed is not theirs
			// to see.
			.params(shopId, PersonalDataMasker.mask(result.query().original()), result.query().language().code(),
					result.verdict().name(), result.confidence(), result.best().map((m) -> m.entryId()).orElse(null),
					EntryEmbeddingsCodec.encode(List.of(vector)))
			.update();
		return true;
	}

	/**
	 * A shop's open gaps, grouped, most asked first.
	 * @param shopId the shop
	 * @param limit how many groups at most
	 * @return the groups
	 */
	public List<GapCluster> openClusters(String shopId, int limit) {
		List<Gap> gaps = this.jdbc.sql("""
				select id, question, language, best_entry_id, vector, asked_at from kb_gaps
				where shop_id = ? and resolved_at is null order by asked_at desc limit ?
				""").params(shopId, WINDOW).query(KnowledgeGaps::map).list();
		List<Cluster> clusters = new ArrayList<>();
		for (Gap gap : gaps) {
			Cluster home = clusters.stream()
				.filter((cluster) -> cluster.language.equals(gap.language)
						&& cosine(cluster.leader.vector, gap.vector) >= SAME_QUESTION)
				.findFirst()
				.orElse(null);
			if (home == null) {
				clusters.add(new Cluster(gap));
			}
			else {
				home.members.add(gap);
			}
		}
		return clusters.stream()
			.sorted((a, b) -> Integer.compare(b.members.size(), a.members.size()))
			.limit(limit)
			.map(Cluster::toGapCluster)
			.toList();
	}

	/**
	 * Marks a shop's gaps as dealt with; ids of another shop's gaps are left alone.
	 * @param shopId the shop
	 * @param gapIds the gaps
	 * @param actor who
	 * @param resolution what was done (new entry X, phrasing added to Y, dismissed)
	 * @return how many were open and are now resolved
	 */
	public int resolve(String shopId, List<Long> gapIds, String actor, String resolution) {
		return this.jdbc.sql("""
				update kb_gaps set resolved_at = now(), resolved_by = ?, resolution = ?
				where shop_id = ? and id = any(?) and resolved_at is null
				""").params(actor, resolution, shopId, gapIds.toArray(Long[]::new)).update();
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

	private static Gap map(ResultSet row, int rowNumber) throws SQLException {
		return new Gap(row.getLong("id"), row.getString("question"), row.getString("language"),
				row.getString("best_entry_id"), EntryEmbeddingsCodec.decode(row.getBytes("vector"), 1).get(0),
				row.getTimestamp("asked_at").toInstant());
	}

	private record Gap(long id, String question, String language, String bestEntryId, float[] vector, Instant askedAt) {
	}

	private static final class Cluster {

		private final Gap leader;

		private final String language;

		private final List<Gap> members = new ArrayList<>();

		Cluster(Gap leader) {
			this.leader = leader;
			this.language = leader.language;
			this.members.add(leader);
		}

		GapCluster toGapCluster() {
			return new GapCluster(this.leader.question, this.language, this.members.size(),
					this.members.stream().map(Gap::id).toList(),
					this.members.stream().map(Gap::question).distinct().limit(5).toList(), this.leader.bestEntryId,
					this.members.get(0).askedAt);
		}

	}

	/**
	 * Deletes the gaps recorded in a shop for these questions (a shopper's erasure).
	 * @param shopId the shopper's shop
	 * @param questions the questions as the shopper wrote them
	 * @return how many were deleted
	 */
	public int forget(String shopId, Collection<String> questions) {
		if (questions.isEmpty()) {
			return 0;
		}
		String[] masked = questions.stream().map(PersonalDataMasker::mask).distinct().toArray(String[]::new);
		return this.jdbc.sql("delete from kb_gaps where shop_id = ? and question = any(?)")
			.params(shopId, masked)
			.update();
	}

	/**
	 * Deletes the gaps asked before a moment (retention).
	 * @param askedBefore the moment
	 * @return how many were deleted
	 */
	public int deleteAskedBefore(Instant askedBefore) {
		return this.jdbc.sql("delete from kb_gaps where asked_at < ?").param(Timestamp.from(askedBefore)).update();
	}

}
