/**
 * Demo mode: demo shoppers' tokens and demo staff accounts, so that the product can be
 * tried with no shop app and no setup. Off unless the demo profile (the default profile)
 * is active.
 */
package dev.kefu.bot.demo;
