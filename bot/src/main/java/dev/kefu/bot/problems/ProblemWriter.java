package dev.kefu.bot.problems;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem detail straight to the servlet response, for errors raised outside
 * Spring MVC (security filters, the size-limit filter, the container's error dispatch)
 * where no message converter is involved; a browser opening a page gets an error page in
 * its language instead.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper objectMapper;

	ProblemWriter(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/**
	 * Writes a problem with the given status and detail.
	 * @param request the request that failed (its path becomes the problem's instance)
	 * @param response the response to write to
	 * @param status the HTTP status
	 * @param detail what went wrong, for a person to read
	 * @throws IOException if the response cannot be written
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		if (BrowserErrorPage.wanted(request)) {
			BrowserErrorPage.write(request, response, status);
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(URI.create((original instanceof String path) ? path : request.getRequestURI()));
		write(response, problem);
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
