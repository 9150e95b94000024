/**
 * The admin API for managing staff accounts.
 */
package dev.kefu.bot.staff.web;
