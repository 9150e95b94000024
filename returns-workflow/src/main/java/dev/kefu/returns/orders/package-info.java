/**
 * The orders port: what the returns workflow (and the bot) need to know about a shopper's
 * orders. Implemented in the integrations module.
 */
package dev.kefu.returns.orders;
