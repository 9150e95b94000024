/**
 * The local logistics adapter: pickups and shipments kept in Kefu's own tables, with an
 * optional simulated carrier that moves parcels along (the demo's stand-in for tracking
 * webhooks).
 */
package dev.kefu.integrations.logistics.local;
