/**
 * Telling an angry shopper from a calm one, in Simplified and Traditional Chinese and
 * English: a lexicon for the explicit cases (threats to complain or sue, insults), the
 * way a message is written (shouting, repeating), and a logistic-regression classifier
 * over the in-process sentence embeddings, trained on public datasets (see
 * {@code training}).
 */
package dev.kefu.bot.anger;
