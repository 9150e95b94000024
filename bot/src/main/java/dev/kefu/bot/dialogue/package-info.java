/**
 * The dialogue policy: what the bot does with each shopper turn. Plain and testable:
 * given the conversation so far and a message, it returns replies and actions, and knows
 * nothing of web or socket types.
 */
package dev.kefu.bot.dialogue;
