/**
 * Inbound webhooks from a shop's carrier and payment systems: signature and freshness
 * checks, and the record of events already taken so that a redelivery changes nothing.
 */
package dev.kefu.integrations.webhooks;
