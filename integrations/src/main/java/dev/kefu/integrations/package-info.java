/**
 * Adapters that implement the domain modules' ports against the shop's systems and LLM
 * providers.
 */
package dev.kefu.integrations;
