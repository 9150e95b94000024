package dev.kefu.bot.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reactions still owed are delivered again.
 *
 * @param resubmitInterval how often each node looks for publications still incomplete
 * @param resubmitAfter how old an incomplete publication must be before it is delivered
 * again: longer than a reaction takes with a full queue, so that one in progress is
 * rarely run twice (a second run finds its delivery recorded and does nothing)
 * @param keepDelivered how long a delivery is remembered; a publication is redelivered at
 * the latest at the next start, far sooner than this
 */
@ConfigurationProperties("kefu.events")
public record EventSettings(@DefaultValue("1m") Duration resubmitInterval, @DefaultValue("5m") Duration resubmitAfter,
		@DefaultValue("30d") Duration keepDelivered) {

}
