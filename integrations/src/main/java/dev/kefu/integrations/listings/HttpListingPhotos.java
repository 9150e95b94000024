package dev.kefu.integrations.listings;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kefu.returns.evidence.ListingPhotos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a listing photo over HTTP with the SSRF guards: the URL and every redirect are
 * checked before they are asked ({@link ListingPhotoAddresses}), redirects are followed
 * by hand and only on the same host, the answer must be {@code 200} with an
 * {@code image/*} type, the body is cut off past the byte limit, and the whole read has
 * one deadline. Every failure is an empty answer: a listing photo is a fact at most,
 * never a reason for a request to fail. No credentials are sent: the order system's API
 * key is not for its image host.
 */
class HttpListingPhotos implements ListingPhotos {

	private static final Logger logger = LoggerFactory.getLogger(HttpListingPhotos.class);

	private final ListingPhotoSettings settings;

	private final ListingPhotoAddresses addresses;

	private final HttpClient client;

	HttpListingPhotos(ListingPhotoSettings settings, ListingPhotoAddresses addresses) {
		this.settings = settings;
		this.addresses = addresses;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.connectTimeout())
			.build();
	}

	@Override
	public Optional<byte[]> fetch(String shopId, URI url) {
		if (!this.settings.enabled()) {
			return Optional.empty();
		}
		Optional<String> refused = this.addresses.refusal(url);
		if (refused.isPresent()) {
			logger.info("Listing photo {} of shop {} not read: {}", url, shopId, refused.get());
			return Optional.empty();
		}
		long deadline = System.nanoTime() + this.settings.timeout().toNanos();
		URI at = url;
		try {
			for (int hop = 0; hop <= this.settings.maxRedirects(); hop++) {
				HttpResponse<Body> response = get(at, deadline);
				int status = response.statusCode();
				if (status >= 300 && status < 400) {
					Optional<String> location = response.headers().firstValue("Location");
					if (location.isEmpty()) {
						return refuse(shopId, url, "redirect without a location");
					}
					URI next = at.resolve(location.get());
					Optional<String> redirect = this.addresses.redirectRefusal(at, next);
					if (redirect.isPresent()) {
						return refuse(shopId, url, redirect.get() + " (" + next + ")");
					}
					at = next;
					continue;
				}
				if (status != 200) {
					return refuse(shopId, url, "answered " + status);
				}
				Body body = response.body();
				return (body.refusal() != null) ? refuse(shopId, url, body.refusal()) : Optional.of(body.bytes());
			}
			return refuse(shopId, url, "too many redirects");
		}
		catch (TimeoutException ex) {
			return refuse(shopId, url, "no answer within " + this.settings.timeout());
		}
		catch (ExecutionException ex) {
			return refuse(shopId, url, String.valueOf(ex.getCause()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return refuse(shopId, url, ex.toString());
		}
	}

	private HttpResponse<Body> get(URI url, long deadline)
			throws InterruptedException, ExecutionException, TimeoutException {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new TimeoutException();
		}
		HttpRequest request = HttpRequest.newBuilder(url)
			.GET()
			.header("Accept", "image/*")
			.timeout(Duration.ofNanos(left))
			.build();
		CompletableFuture<HttpResponse<Body>> answer = this.client.sendAsync(request, this::handle);
		try {
			// The request timeout ends at the headers; this one covers a body that
			// trickles.
			return answer.get(left, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | InterruptedException ex) {
			answer.cancel(true);
			throw ex;
		}
	}

	private HttpResponse.BodySubscriber<Body> handle(HttpResponse.ResponseInfo info) {
		if (info.statusCode() != 200) {
			return HttpResponse.BodySubscribers.replacing(new Body(null, "not read"));
		}
		String type = info.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).strip();
		if (!type.startsWith("image/")) {
			return HttpResponse.BodySubscribers.replacing(new Body(null, "content type " + type + " is no image"));
		}
		long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (length > this.settings.maxBytes()) {
			return HttpResponse.BodySubscribers
				.replacing(new Body(null, length + " bytes, more than " + this.settings.maxBytes()));
		}
		return new Limited(this.settings.maxBytes());
	}

	private Optional<byte[]> refuse(String shopId, URI url, String why) {
		logger.info("Listing photo {} of shop {} not read: {}", url, shopId, why);
		return Optional.empty();
	}

	/**
	 * A body read, or why not.
	 *
	 * @param bytes the bytes, or {@code null}
	 * @param refusal why they were not read, or {@code null}
	 */
	private record Body(byte[] bytes, String refusal) {
	}

	/**
	 * Collects a body up to a limit, and stops reading (cancels) past it, whatever the
	 * server said its length was.
	 */
	private static final class Limited implements HttpResponse.BodySubscriber<Body> {

		private final int limit;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final CompletableFuture<Body> result = new CompletableFuture<>();

		private Flow.Subscription subscription;

		Limited(int limit) {
			this.limit = limit;
		}

		@Override
		public CompletionStage<Body> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				if (this.bytes.size() + buffer.remaining() > this.limit) {
					this.subscription.cancel();
					this.result.complete(new Body(null, "more than " + this.limit + " bytes"));
					return;
				}
				byte[] chunk = new byte[buffer.remaining()];
				buffer.get(chunk);
				this.bytes.writeBytes(chunk);
			}
			this.subscription.request(1);
		}

		@Override
		public void onError(Throwable throwable) {
			this.result.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.result.complete(new Body(this.bytes.toByteArray(), null));
		}

	}

}
