/**
 * The inventory adapter for a shop's inventory system over HTTP (see
 * docs/integrations-openapi.yaml).
 */
package dev.kefu.integrations.inventory.http;
