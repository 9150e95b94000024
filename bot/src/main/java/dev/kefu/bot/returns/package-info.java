/**
 * Returns and exchanges over HTTP: shoppers' own cases, agents' work on all cases, ops'
 * rules and the returns ops page, and telling shoppers in the chat when their case moves.
 */
package dev.kefu.bot.returns;
