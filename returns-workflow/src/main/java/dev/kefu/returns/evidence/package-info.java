/**
 * Photo evidence: the port through which the returns module learns which photos a shopper
 * really gave (the chat stores them), and what is known of each.
 */
package dev.kefu.returns.evidence;
