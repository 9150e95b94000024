/**
 * Adapters for the orders port.
 */
package dev.kefu.integrations.orders;
