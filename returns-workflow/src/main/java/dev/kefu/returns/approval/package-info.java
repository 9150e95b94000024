/**
 * Auto-approval rules: small named policies, held as data, that decide whether a return
 * or exchange is approved on the spot, sent to a person, or refused, and say why in words
 * the shopper reads. No framework types.
 */
package dev.kefu.returns.approval;
