package dev.kefu.integrations.http;

import org.springframework.web.client.HttpClientErrorException;

/**
 * A call to a shop system that did not give a usable answer. The returns workflow keeps
 * the case and retries; the kind says whether a retry can help.
 */
public class UpstreamException extends RuntimeException {

	private final String upstream;

	private final Kind kind;

	UpstreamException(String upstream, Kind kind, String message, Throwable cause) {
		super(upstream + ": " + message, cause);
		this.upstream = upstream;
		this.kind = kind;
	}

	public String upstream() {
		return this.upstream;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * Whether the system answered 404: for a lookup, "there is none", not a failure.
	 * @return {@code true} for a 404
	 */
	public boolean isNotFound() {
		return this.kind == Kind.REJECTED && getCause() instanceof HttpClientErrorException.NotFound;
	}

	/**
	 * What went wrong.
	 */
	public enum Kind {

		/** The system refused the call (4xx): repeating it will not help. */
		REJECTED,

		/** The call failed (5xx, timeout, reset connection, malformed answer). */
		FAILED,

		/** Not called: the breaker is open or too many calls are in flight. */
		UNAVAILABLE

	}

}
