/**
 * The knowledge base: entries kept in PostgreSQL and the Lucene index derived from them.
 */
package dev.kefu.knowledge;
