/**
 * The inventory port: stock of a variant, reserved for an exchange. Implemented in the
 * integrations module.
 */
package dev.kefu.returns.inventory;
