/**
 * The escalation part of the {@code eval} mode: converting the public datasets into
 * {@code text,label} files, training the anger classifier on their training splits, and
 * measuring precision and recall on their test splits beside a lexicon-only baseline.
 */
package dev.kefu.bot.anger.training;
