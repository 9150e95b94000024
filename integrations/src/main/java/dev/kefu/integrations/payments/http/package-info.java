/**
 * The payments adapter for a shop's own payment system over HTTP (see
 * docs/integrations-openapi.yaml).
 */
package dev.kefu.integrations.payments.http;
