/**
 * Alerts when the service slips: a queue wait past its first-response target, a shop
 * system down, a surge of angry shoppers, containment below its floor. Each alert is sent
 * once when it starts and once when it recovers, by webhook and e-mail, whichever node
 * sees it first; and a return's legal deadline near or past its end.
 */
package dev.kefu.bot.alerts;
