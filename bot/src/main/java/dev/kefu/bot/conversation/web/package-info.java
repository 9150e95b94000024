/**
 * The shoppers' REST API for their conversations.
 */
package dev.kefu.bot.conversation.web;
