package dev.kefu.bot.input;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import dev.kefu.bot.problems.ProblemWriter;
import dev.kefu.bot.problems.RequestBodyTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link TextPolicy} to every request before anything reads it: the query and
 * form parameters, and the whole body of textual requests (JSON, JSON lines, CSV, plain
 * text), which the size-limit filter has already bounded. A violation is a 400 problem
 * naming the parameter or the body; the request goes no further, so nothing is stored.
 * Multipart uploads (photos) are binary and checked by their own code.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputPolicyFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	InputPolicyFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> bad = parameterViolation(request);
		if (bad.isPresent()) {
			refuse(request, response, bad.get());
			return;
		}
		if (!hasTextBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (RequestBodyTooLarge ex) {
			this.problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
			return;
		}
		Optional<String> violation = TextPolicy.violation(body);
		if (violation.isPresent()) {
			refuse(request, response, "The request body " + violation.get() + ".");
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static Optional<String> parameterViolation(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			Optional<String> inName = TextPolicy.violation(parameter.getKey());
			if (inName.isPresent()) {
				return Optional.of("A parameter name " + inName.get() + ".");
			}
			for (String value : parameter.getValue()) {
				Optional<String> inValue = TextPolicy.violation(value);
				if (inValue.isPresent()) {
					return Optional.of("The parameter '" + parameter.getKey() + "' " + inValue.get() + ".");
				}
			}
		}
		return Optional.empty();
	}

	private static boolean hasTextBody(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null
				|| (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null)) {
			return false;
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		// Forms are read as parameters (checked above); multipart bodies are files.
		return !type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)
				&& !type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
		this.problems.write(request, response, HttpStatus.BAD_REQUEST, detail);
	}

	/**
	 * The request with its body already read (and checked) into memory.
	 */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
