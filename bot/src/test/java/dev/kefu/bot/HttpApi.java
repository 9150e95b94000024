package dev.kefu.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real HTTP client against the running application, with its own cookie jar (for staff
 * sessions). Responses never throw on error statuses: tests assert on them.
 */
public final class HttpApi {

	private static final ObjectMapper json = new ObjectMapper();

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	public HttpApi(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response post(String path, String body, String... headers) {
		return send(
				request(path, headers).header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
	}

	public Response put(String path, String body, String... headers) {
		return send(
				request(path, headers).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(body)));
	}

	public Response send(String method, String path, BodyPublisher body, String... headers) {
		return send(request(path, headers).method(method, body));
	}

	/**
	 * Logs in through the staff login form, as a browser does; the session cookie stays
	 * in this client's jar.
	 * @param username the staff username
	 * @param password the password
	 * @return the response to the form post
	 */
	public Response logIn(String username, String password) {
		Response page = get("/login");
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF field on the login page: " + page.body());
		}
		String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
	}

	public static String[] bearer(String token) {
		return new String[] { "Authorization", "Bearer " + token };
	}

	public static String[] basic(String username, String password) {
		return new String[] { "Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) };
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("WWW-Authenticate").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What came back.
	 *
	 * @param status the HTTP status
	 * @param contentType the Content-Type header, or empty
	 * @param authenticate the WWW-Authenticate header, or empty
	 * @param location the Location header, or empty
	 * @param body the body as text
	 */
	public record Response(int status, String contentType, String authenticate, String location, String body) {

		public JsonNode json() {
			try {
				return json.readTree(this.body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Not JSON: " + this.body, ex);
			}
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
