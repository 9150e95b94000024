/**
 * The local inventory adapter: stock kept in Kefu's own tables.
 */
package dev.kefu.integrations.inventory.local;
