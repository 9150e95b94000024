/**
 * Shops as tenants: each shop's own settings (name, greeting, time zone, business hours
 * and holidays, escalation targets, legal profile, photo checks, channels, canned
 * replies, alert thresholds), versioned in PostgreSQL, validated on save, cached on every
 * node and refreshed when another node changes them; and the shop's write-only secrets.
 */
package dev.kefu.bot.shops;
