/**
 * Knowledge-base entries and their versions in PostgreSQL: editing, publishing,
 * archiving, history, diff and revert, and the change feed the index follows.
 */
package dev.kefu.knowledge.entry;
