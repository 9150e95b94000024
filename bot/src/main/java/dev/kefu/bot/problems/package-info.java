/**
 * Errors as RFC 7807 problem details, wherever they arise (controllers, security,
 * filters, the servlet container), and the request limits that keep bad input out.
 */
package dev.kefu.bot.problems;
