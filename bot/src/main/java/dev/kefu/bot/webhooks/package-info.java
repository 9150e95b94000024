/**
 * Inbound webhooks from a shop's carrier and payment systems, which move return cases
 * forward.
 */
package dev.kefu.bot.webhooks;
