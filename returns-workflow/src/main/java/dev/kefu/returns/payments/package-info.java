/**
 * The payments port: refunds with an idempotency key, so that no retry pays twice.
 * Implemented in the integrations module.
 */
package dev.kefu.returns.payments;
