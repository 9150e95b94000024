package dev.kefu.bot.returns;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What staff may decide on returns.
 *
 * @param agentApprovalLimit the largest amount an agent (without the OPS or ADMIN role)
 * may approve; larger cases need a lead
 */
@ConfigurationProperties("kefu.returns.staff")
record StaffReturnsSettings(@DefaultValue("2000") BigDecimal agentApprovalLimit) {

}
