/**
 * The ops API of the knowledge base: entries, import and export, synonyms, the
 * try-a-question box, gaps and the regression set.
 */
package dev.kefu.bot.knowledge;
