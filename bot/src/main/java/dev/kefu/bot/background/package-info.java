/**
 * Work every node does in the background on a fixed delay (sweeps, alert evaluation).
 */
package dev.kefu.bot.background;
