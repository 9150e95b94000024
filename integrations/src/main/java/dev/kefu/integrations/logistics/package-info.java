/**
 * Adapters to carriers: doorstep pickups, replacement shipments and tracking.
 */
package dev.kefu.integrations.logistics;
