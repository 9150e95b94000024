/**
 * The bot's own words: every sentence it says, kept in message bundles per language
 * ({@code messages/bot_*.properties}) and said in the shopper's language and script.
 */
package dev.kefu.bot.words;
