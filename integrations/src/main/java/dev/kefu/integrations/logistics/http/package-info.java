/**
 * The logistics adapter for a shop's carrier integration over HTTP: doorstep pickups and
 * replacement shipments (see docs/integrations-openapi.yaml).
 */
package dev.kefu.integrations.logistics.http;
