/**
 * Returns and exchanges: the case state machines, auto-approval rules and timers.
 */
package dev.kefu.returns;
