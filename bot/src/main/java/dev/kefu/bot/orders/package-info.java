/**
 * The shoppers' view of their own orders, through the orders port.
 */
package dev.kefu.bot.orders;
