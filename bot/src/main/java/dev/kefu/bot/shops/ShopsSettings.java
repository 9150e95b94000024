package dev.kefu.bot.shops;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a shop gets until it decides otherwise, and how nodes keep shop settings fresh.
 * Features own their own defaults (escalation targets, alert thresholds); these are the
 * ones every shop has.
 *
 * @param timeZone the time zone of a shop that set none
 * @param legalProfile the legal profile of a shop that set none
 * @param refreshInterval how often a node looks for settings other nodes changed
 */
@ConfigurationProperties("kefu.shops")
public record ShopsSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue("CN") String legalProfile,
		@DefaultValue("1s") Duration refreshInterval) {

	/**
	 * The settings of a shop that saved none.
	 * @param shopId the shop
	 * @return the defaults, named after the shop
	 */
	ShopSettings defaultsFor(String shopId) {
		return new ShopSettings(Texts.of(shopId), null, this.timeZone, null, null, this.legalProfile, null, null, null,
				null, null);
	}

}
