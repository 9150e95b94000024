/**
 * The logistics ports: doorstep pickups for returned parcels and shipments of
 * replacements. Implemented in the integrations module.
 */
package dev.kefu.returns.logistics;
