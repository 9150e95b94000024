/**
 * Questions the bot could not answer or answered with low confidence, grouped by
 * similarity for ops to turn into entries or phrasings.
 */
package dev.kefu.knowledge.gaps;
