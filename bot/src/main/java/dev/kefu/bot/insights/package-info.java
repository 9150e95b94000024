/**
 * The service's numbers, computed from the stored conversations, escalations, ratings and
 * return cases (never from logs): per day, channel and language, for the ops page, the
 * CSV export and the Prometheus gauges.
 */
package dev.kefu.bot.insights;
