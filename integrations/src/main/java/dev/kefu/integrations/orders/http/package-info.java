/**
 * The orders adapter for a shop's order system over HTTP (see
 * docs/integrations-openapi.yaml).
 */
package dev.kefu.integrations.orders.http;
