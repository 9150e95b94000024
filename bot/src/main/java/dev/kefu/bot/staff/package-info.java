/**
 * Staff accounts (agents, ops, admins): stored with hashed passwords, used by the form
 * login.
 */
package dev.kefu.bot.staff;
