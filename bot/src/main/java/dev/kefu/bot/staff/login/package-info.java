/**
 * Staff logins throttled per account and per client address (form and HTTP Basic alike),
 * across nodes, with the client address taken from a trusted proxy's header only.
 */
package dev.kefu.bot.staff.login;
