/**
 * One policy for every text that comes in (HTTP bodies and parameters, STOMP frames, JSON
 * fields): strict UTF-8, no control characters but tab and newlines, no lone surrogates;
 * and strict JSON on the wire. Refused input changes nothing.
 */
package dev.kefu.bot.input;
