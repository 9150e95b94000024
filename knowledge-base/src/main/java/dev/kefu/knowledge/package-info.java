/**
 * The knowledge base: entries kept in PostgreSQL and the Lucene index derived from them,
 * wired by {@link dev.kefu.knowledge.KnowledgeBaseConfiguration}.
 */
package dev.kefu.knowledge;
