/**
 * What the bot says to a question from the knowledge base: the answer in the shopper's
 * language and script, a few choices when unsure, or an honest "I don't know" with the
 * offer of a person.
 */
package dev.kefu.bot.faq;
