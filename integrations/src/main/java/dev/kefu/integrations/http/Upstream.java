package dev.kefu.integrations.http;

import java.net.http.HttpClient;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One shop system over HTTP. Every call goes through a bulkhead (calls in flight), a
 * circuit breaker (stop calling a system that fails or hangs, try again later) and, only
 * when the caller says the call is idempotent, retries with backoff and jitter; timeouts
 * are the HTTP client's. Each call is timed per upstream, operation and outcome
 * ({@code kefu.upstream.calls}); the breaker's state is a gauge.
 */
public final class Upstream {

	private final String name;

	private final RestClient client;

	private final CircuitBreaker breaker;

	private final Bulkhead bulkhead;

	private final Retry retry;

	private final MeterRegistry meters;

	Upstream(String name, UpstreamSettings settings, CircuitBreaker breaker, Bulkhead bulkhead, Retry retry,
			MeterRegistry meters) {
		this.name = name;
		this.breaker = breaker;
		this.bulkhead = bulkhead;
		this.retry = retry;
		this.meters = meters;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				// HTTP/1.1: shop systems and their proxies rarely speak cleartext HTTP/2,
				// and the client's upgrade attempt fails against some of them under load.
				HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(settings.connectTimeout())
					.build());
		requests.setReadTimeout(settings.readTimeout());
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(settings.baseUrl().toString())
			.requestFactory(requests);
		if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey());
		}
		this.client = builder.build();
	}

	static Upstream create(String name, UpstreamSettings settings, MeterRegistry meters,
			CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RetryRegistry retries) {
		CircuitBreaker breaker = breakers.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.failureRateThreshold())
					.slowCallDurationThreshold(settings.slowCallThreshold())
					.slowCallRateThreshold(settings.slowCallRateThreshold())
					.slidingWindowSize(settings.slidingWindow())
					.minimumNumberOfCalls(settings.minimumCalls())
					.waitDurationInOpenState(settings.openFor())
					.permittedNumberOfCallsInHalfOpenState(2)
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.ignoreExceptions(Rejected.class)
					.build());
		Bulkhead bulkhead = bulkheads.bulkhead(name,
				BulkheadConfig.custom().maxConcurrentCalls(settings.maxConcurrentCalls()).build());
		Retry retry = retries.retry(name,
				RetryConfig.custom()
					.maxAttempts(Math.max(1, settings.maxAttempts()))
					.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.retryWait(), 2.0, 0.5))
					.retryOnException((ex) -> ex instanceof Failed)
					.build());
		return new Upstream(name, settings, breaker, bulkhead, retry, meters);
	}

	/**
	 * Calls the system.
	 * @param operation the call's name, for metrics
	 * @param idempotent whether repeating the call is harmless (reads, and writes that
	 * carry an idempotency key): only those are retried
	 * @param call what to do with the client
	 * @param <T> the answer
	 * @return the answer
	 * @throws UpstreamException if there is no usable answer
	 */
	public <T> T call(String operation, boolean idempotent, Function<RestClient, T> call) {
		Supplier<T> attempt = Bulkhead.decorateSupplier(this.bulkhead,
				CircuitBreaker.decorateSupplier(this.breaker, () -> classified(call)));
		Supplier<T> guarded = idempotent ? Retry.decorateSupplier(this.retry, attempt) : attempt;
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "success";
		try {
			return guarded.get();
		}
		catch (Rejected ex) {
			outcome = "rejected";
			throw new UpstreamException(this.name, UpstreamException.Kind.REJECTED, ex.getMessage(), ex.getCause());
		}
		catch (Failed ex) {
			outcome = "failed";
			throw new UpstreamException(this.name, UpstreamException.Kind.FAILED, ex.getMessage(), ex.getCause());
		}
		catch (CallNotPermittedException | BulkheadFullException ex) {
			outcome = "unavailable";
			throw new UpstreamException(this.name, UpstreamException.Kind.UNAVAILABLE, ex.getMessage(), ex);
		}
		finally {
			sample.stop(Timer.builder("kefu.upstream.calls")
				.description("Calls to a shop system")
				.tag("upstream", this.name)
				.tag("operation", operation)
				.tag("outcome", outcome)
				.register(this.meters));
		}
	}

	/**
	 * The breaker's state, for tests and health.
	 * @return the state: CLOSED, OPEN, HALF_OPEN, ...
	 */
	public CircuitBreaker.State state() {
		return this.breaker.getState();
	}

	private <T> T classified(Function<RestClient, T> call) {
		try {
			T answer = call.apply(this.client);
			if (answer == null) {
				throw new Failed("empty answer", null);
			}
			return answer;
		}
		catch (HttpStatusCodeException ex) {
			if (ex.getStatusCode().is4xxClientError()) {
				throw new Rejected(ex.getStatusCode().value() + " " + ex.getResponseBodyAsString(), ex);
			}
			throw new Failed(ex.getStatusCode().value() + " from the server", ex);
		}
		catch (RestClientException | IllegalArgumentException | NullPointerException ex) {
			// Timeouts, reset connections, unreadable or incomplete JSON.
			throw new Failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A 4xx: not the upstream's failure, never retried, ignored by the breaker.
	 */
	static final class Rejected extends RuntimeException {

		Rejected(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * A failure: counted by the breaker, retried when idempotent.
	 */
	static final class Failed extends RuntimeException {

		Failed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
