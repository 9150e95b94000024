/**
 * The JSON that Kefu writes into its own tables and reads back, kept apart from the
 * wire's strict JSON.
 */
package dev.kefu.bot.stored;
