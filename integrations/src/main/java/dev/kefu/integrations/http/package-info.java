/**
 * What every HTTP adapter shares: one upstream per shop system, with timeouts, a circuit
 * breaker, a bulkhead, retries only for idempotent calls, and metrics.
 */
package dev.kefu.integrations.http;
