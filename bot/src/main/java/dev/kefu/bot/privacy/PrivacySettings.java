package dev.kefu.bot.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long shoppers' data is kept, and what an erasure keeps.
 *
 * @param conversations conversations (messages, photos, ratings, escalations) inactive
 * for longer are deleted
 * @param caseRecords return and exchange cases that ended longer ago are deleted (PRC
 * e-commerce law keeps transaction records at least three years)
 * @param gaps unanswered questions older than this leave the gaps view
 * @param keepCaseRecordsOnErasure whether an erasure keeps the shopper's return cases as
 * transaction records (their conversations and photos go regardless)
 * @param sweepInterval how often the retention job runs on each node
 * @param retentionEnabled whether it runs at all
 */
@ConfigurationProperties("kefu.privacy")
public record PrivacySettings(@DefaultValue("365d") Duration conversations, @DefaultValue("1095d") Duration caseRecords,
		@DefaultValue("180d") Duration gaps, @DefaultValue("true") boolean keepCaseRecordsOnErasure,
		@DefaultValue("1h") Duration sweepInterval, @DefaultValue("true") boolean retentionEnabled) {

}
