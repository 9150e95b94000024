/**
 * The embedded PostgreSQL that the application starts when no external database is
 * configured.
 */
package dev.kefu.bot.database;
