package dev.kefu.integrations.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hands out one {@link Upstream} per configured shop system, with its breaker, bulkhead
 * and retry registered for metrics ({@code resilience4j_circuitbreaker_state} and
 * friends).
 */
public class Upstreams {

	private final HttpIntegrationSettings settings;

	private final MeterRegistry meters;

	private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

	private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();

	private final RetryRegistry retries = RetryRegistry.ofDefaults();

	private final Map<String, Upstream> upstreams = new ConcurrentHashMap<>();

	public Upstreams(HttpIntegrationSettings settings, MeterRegistry meters) {
		this.settings = settings;
		this.meters = meters;
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(this.breakers).bindTo(meters);
		TaggedBulkheadMetrics.ofBulkheadRegistry(this.bulkheads).bindTo(meters);
		TaggedRetryMetrics.ofRetryRegistry(this.retries).bindTo(meters);
	}

	/**
	 * The named system.
	 * @param name {@code orders}, {@code logistics}, {@code payments} or
	 * {@code inventory}
	 * @return its upstream
	 */
	public Upstream get(String name) {
		return this.upstreams.computeIfAbsent(name, (n) -> Upstream.create(n, this.settings.upstream(n), this.meters,
				this.breakers, this.bulkheads, this.retries));
	}

}
