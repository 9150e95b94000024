/**
 * The shop's listing photos, read from where its order system says they are, with the
 * guards against being steered at other hosts (SSRF).
 */
package dev.kefu.integrations.listings;
