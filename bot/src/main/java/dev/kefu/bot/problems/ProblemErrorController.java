package dev.kefu.bot.problems;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's default error body, so that errors the servlet container handles
 * itself (before or outside Spring MVC) are problem details too, and never leak a stack
 * trace.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private final ProblemWriter problems;

	ProblemErrorController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = status.is5xxServerError() ? "The server could not complete the request."
				: "The request could not be processed: " + status.getReasonPhrase() + ".";
		this.problems.write(request, response, status, detail);
	}

}
