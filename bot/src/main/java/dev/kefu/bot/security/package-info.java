/**
 * Who may call what: shopper tokens issued by the shops, staff logins, and the filter
 * chains.
 */
package dev.kefu.bot.security;
