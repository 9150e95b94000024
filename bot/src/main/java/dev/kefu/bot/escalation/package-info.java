/**
 * Handing shoppers to people: deciding when (anger, an explicit request, the bot failing
 * twice, complex cases, VIPs), the priority queue with skills, capacity and
 * first-response targets, exactly-once claiming, agents' presence, and the summary an
 * agent starts from.
 */
package dev.kefu.bot.escalation;
