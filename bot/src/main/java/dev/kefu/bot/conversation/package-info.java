/**
 * Shoppers' conversations: each belongs to one shopper and is only ever shown to them.
 */
package dev.kefu.bot.conversation;
