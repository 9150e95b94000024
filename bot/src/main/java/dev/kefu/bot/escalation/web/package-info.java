/**
 * The agent console's HTTP side: the queue, a conversation with its context, and the
 * agent's actions. Live updates arrive over the console socket.
 */
package dev.kefu.bot.escalation.web;
