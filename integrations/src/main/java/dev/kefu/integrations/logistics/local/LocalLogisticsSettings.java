package dev.kefu.integrations.logistics.local;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local logistics adapter's pretend carrier.
 *
 * @param simulateCarrier whether parcels move by themselves (the demo)
 * @param pickupAfter how long after booking the courier collects a return parcel
 * @param deliveryAfter how long a parcel takes to arrive once collected or shipped
 */
@ConfigurationProperties("kefu.integrations.logistics.local")
record LocalLogisticsSettings(@DefaultValue("false") boolean simulateCarrier, @DefaultValue("20s") Duration pickupAfter,
		@DefaultValue("40s") Duration deliveryAfter) {

}
