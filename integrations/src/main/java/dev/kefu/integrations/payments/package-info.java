/**
 * Adapters to payment systems: refunds.
 */
package dev.kefu.integrations.payments;
