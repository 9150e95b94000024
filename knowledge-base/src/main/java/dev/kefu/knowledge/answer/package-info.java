/**
 * Answers phrased by a language model from knowledge-base entries only: the port an LLM
 * adapter implements, and the checks an answer must pass before a shopper sees it.
 */
@NullMarked
package dev.kefu.knowledge.answer;

import org.jspecify.annotations.NullMarked;
