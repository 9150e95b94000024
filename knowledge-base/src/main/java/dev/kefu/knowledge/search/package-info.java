/**
 * Search over the knowledge base: Chinese and English analysis, in-process embeddings,
 * the Lucene index, hybrid ranking and the calibrated confidence the bot acts on. Free of
 * Spring and of the database, so that the eval command runs the very same code on a
 * throw-away index.
 */
package dev.kefu.knowledge.search;
