/**
 * The shop settings API and page: ops of a shop read and edit its settings with history
 * and diffs, its admins set its secrets, platform admins create shops.
 */
package dev.kefu.bot.shops.web;
