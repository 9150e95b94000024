package dev.kefu.returns.workflow;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop's service levels for returns, and how the deadline runner works.
 *
 * @param reviewTimeout a case under review that no one decides within this is approved
 * @param pickupDeadline the shopper hands the parcel over within this of approval, or the
 * case expires
 * @param reminderBefore the shopper is reminded this long before the pickup deadline
 * @param refundDelay the refund is issued this long after inspection passes
 * @param autoInspectUpTo returned items worth up to this pass inspection on arrival
 * (negative: every item waits for the warehouse's inspection)
 * @param replacementDeliveryTimeout an exchange completes this long after the replacement
 * shipped if no delivery event came
 * @param settlementCheck how often a pending refund's status is asked for
 * @param tasks the deadline runner
 * @param refundDueAlertBefore the shop is alerted this long before a refund's legal
 * deadline (SAMR Art. 13: 7 days from the goods arriving)
 * @param shopperReturnFreight what the shopper is charged for sending a no-reason return
 * back (SAMR Art. 18 puts it on the shopper unless agreed otherwise); 0, the default: the
 * shop carries it
 */
@ConfigurationProperties("kefu.returns")
public record ReturnsSettings(@DefaultValue("48h") Duration reviewTimeout, @DefaultValue("7d") Duration pickupDeadline,
		@DefaultValue("2d") Duration reminderBefore, @DefaultValue("0s") Duration refundDelay,
		@DefaultValue("1000") BigDecimal autoInspectUpTo, @DefaultValue("7d") Duration replacementDeliveryTimeout,
		@DefaultValue("1h") Duration settlementCheck, @DefaultValue Tasks tasks,
		@DefaultValue("2d") Duration refundDueAlertBefore, @DefaultValue("0") BigDecimal shopperReturnFreight) {

	/**
	 * The deadline runner.
	 *
	 * @param enabled whether this node runs due deadlines and side effects
	 * @param pollInterval how often it looks for due ones
	 * @param batchSize how many it takes at once
	 * @param lease how long a taken one is hidden from other nodes while it runs
	 * @param firstRetry wait after the first failure of a side effect (doubles each time)
	 * @param maxRetry longest wait between retries
	 */
	public record Tasks(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
			@DefaultValue("50") int batchSize, @DefaultValue("5m") Duration lease,
			@DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry) {

	}

}
