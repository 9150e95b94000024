/**
 * Adapters to inventory systems: stock and reservations for exchanges.
 */
package dev.kefu.integrations.inventory;
