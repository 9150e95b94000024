/**
 * Keeps a node's Lucene index in step with PostgreSQL: full rebuild when missing or
 * stale, then the change feed, polled and triggered after local changes.
 */
package dev.kefu.knowledge.sync;
