package dev.kefu.bot.insights;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One day's figures (UTC days).
 *
 * @param day the day
 * @param conversations conversations started that day in which the shopper wrote
 * @param contained of those, resolved by the bot: never escalated, and the shopper
 * started no other conversation within 24 hours
 * @param escalations conversations handed to a person that day
 * @param escalationsByReason the same, by reason (one escalation may have several)
 * @param firstHumanReplyP50Seconds median time from escalation to a person's first reply
 * @param firstHumanReplyP90Seconds 90th percentile of the same
 * @param handleTimeP50Seconds median time from claim to resolve or hand-back
 * @param csatAsked conversations asked for a rating that day
 * @param csatRated ratings given that day
 * @param csatAverage their average score
 * @param returnsOpened return and exchange cases opened that day
 * @param returnsAutoApproved approved by the rules on the spot
 * @param returnsReviewed sent to a person
 * @param returnsRejected rejected (by the rules or a person)
 * @param refundCycleP50Hours median hours from request to refund, for cases refunded
 * @param refundCycleP90Hours 90th percentile of the same
 */
public record DailyFigures(LocalDate day, long conversations, long contained, long escalations,
		Map<String, Long> escalationsByReason, Double firstHumanReplyP50Seconds, Double firstHumanReplyP90Seconds,
		Double handleTimeP50Seconds, long csatAsked, long csatRated, Double csatAverage, long returnsOpened,
		long returnsAutoApproved, long returnsReviewed, long returnsRejected, Double refundCycleP50Hours,
		Double refundCycleP90Hours) {

	@JsonProperty
	public Double containment() {
		return (this.conversations == 0) ? null : (double) this.contained / this.conversations;
	}

	@JsonProperty
	public Double escalationRate() {
		return (this.conversations == 0) ? null : (double) this.escalations / this.conversations;
	}

	@JsonProperty
	public Double csatResponseRate() {
		return (this.csatAsked == 0) ? null : (double) this.csatRated / this.csatAsked;
	}

}
