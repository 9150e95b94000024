/**
 * The security regression suite: one class per area an outside probe found open, each
 * test failing before its fix (docs/security.md).
 */
package dev.kefu.bot.security.regression;
