/**
 * Reactions to other modules' events after their transaction commits: the event
 * publication registry's executor, stored form and housekeeping, and the record of which
 * reactions to which version of a case were delivered.
 */
package dev.kefu.bot.events;
