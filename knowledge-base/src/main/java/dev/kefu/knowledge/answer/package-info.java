/**
 * Answers phrased by a language model from knowledge-base entries only: the port an LLM
 * adapter implements, and the checks an answer must pass before a shopper sees it.
 */
package dev.kefu.knowledge.answer;
