/**
 * The local payments adapter: refunds recorded in Kefu's own tables, one per idempotency
 * key, settled at once.
 */
package dev.kefu.integrations.payments.local;
