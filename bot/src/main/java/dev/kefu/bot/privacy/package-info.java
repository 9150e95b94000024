/**
 * Shoppers' personal data: masked in the structured logs, exported and erased on request
 * (with an audit record), and deleted or kept per the retention settings.
 */
package dev.kefu.bot.privacy;
