/**
 * The shoppers' chat transport: STOMP over WebSocket, authenticated at the handshake.
 */
package dev.kefu.bot.chat;
