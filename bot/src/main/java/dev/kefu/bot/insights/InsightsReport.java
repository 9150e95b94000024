package dev.kefu.bot.insights;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kefu.knowledge.gaps.GapCluster;

/**
 * The dashboard over a period.
 *
 * @param shopId the shop, or {@code null} for every shop together
 * @param timeZone the zone the days are counted in
 * @param from the first day
 * @param to the last day (inclusive)
 * @param days the figures of each day with activity
 * @param byChannel conversations and containment per channel
 * @param byLanguage conversations and containment per language
 * @param topEntries the knowledge-base entries the bot answered from most
 * @param topGaps the questions it could not answer, grouped (masked)
 */
public record InsightsReport(String shopId, String timeZone, LocalDate from, LocalDate to, List<DailyFigures> days,
		List<Share> byChannel, List<Share> byLanguage, List<Count> topEntries, List<GapCluster> topGaps) {

	/**
	 * Conversations of one channel or language.
	 *
	 * @param key the channel or language
	 * @param conversations how many
	 * @param contained how many the bot resolved alone
	 */
	public record Share(String key, long conversations, long contained) {

		@JsonProperty
		public Double containment() {
			return (this.conversations == 0) ? null : (double) this.contained / this.conversations;
		}

	}

	/**
	 * How often something happened.
	 *
	 * @param key what
	 * @param count how often
	 */
	public record Count(String key, long count) {
	}

}
