package dev.kefu.integrations.http;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One shop system's HTTP endpoint and how Kefu protects itself from it.
 *
 * @param baseUrl where the system's API starts
 * @param apiKey sent as {@code Authorization: Bearer <key>}, or {@code null}
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for an answer
 * @param maxAttempts attempts of an idempotent call (1 = no retry)
 * @param retryWait wait before the first retry (doubles, with jitter)
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slowCallThreshold a call slower than this counts as slow
 * @param slowCallRateThreshold percentage of slow calls that opens the breaker
 * @param slidingWindow how many recent calls the breaker looks at
 * @param minimumCalls calls needed before the breaker judges
 * @param openFor how long an open breaker refuses calls before trying again
 * @param maxConcurrentCalls bulkhead: calls in flight at most
 */
public record UpstreamSettings(URI baseUrl, String apiKey, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout, @DefaultValue("3") int maxAttempts,
		@DefaultValue("200ms") Duration retryWait, @DefaultValue("50") float failureRateThreshold,
		@DefaultValue("3s") Duration slowCallThreshold, @DefaultValue("80") float slowCallRateThreshold,
		@DefaultValue("20") int slidingWindow, @DefaultValue("10") int minimumCalls,
		@DefaultValue("30s") Duration openFor, @DefaultValue("25") int maxConcurrentCalls) {

}
