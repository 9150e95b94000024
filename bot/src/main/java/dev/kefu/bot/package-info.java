/**
 * The Kefu application's entry point.
 */
package dev.kefu.bot;
