package dev.kefu.bot.alerts;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When to alert and where to.
 *
 * @param enabled whether alerts are evaluated at all
 * @param interval how often each node evaluates them
 * @param webhookUrl where to POST alerts as JSON (empty: no webhook)
 * @param emailTo who receives them by e-mail (empty: no e-mail; needs
 * {@code spring.mail.host})
 * @param emailFrom the sender address
 * @param queueAtRisk fire when at least this many waiting conversations passed the alert
 * point of their first-response target
 * @param angrySurge fire when at least this many conversations were escalated for anger
 * within {@code angryWindow} (a livestream incident)
 * @param angryWindow the window for the surge
 * @param containmentFloor fire when the share of conversations resolved by the bot alone
 * over the last 24 hours drops below this
 * @param containmentMinimum ... counted only once there are this many conversations
 */
@ConfigurationProperties("kefu.alerts")
public record AlertSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
		String webhookUrl, @DefaultValue List<String> emailTo, @DefaultValue("kefu@localhost") String emailFrom,
		@DefaultValue("1") int queueAtRisk, @DefaultValue("10") int angrySurge,
		@DefaultValue("10m") Duration angryWindow, @DefaultValue("0.6") double containmentFloor,
		@DefaultValue("50") int containmentMinimum) {

}
