package dev.kefu.bot.problems;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report, for what it refuses before any filter runs (a request line
 * or headers too large, say a 20 KB bearer token), as a problem detail instead of its
 * HTML page. Everything that reaches the application has its own problem handling.
 */
public class ContainerProblemValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String detail = (status == 400 || status == 431 || status == 413)
				? "The request could not be read: its request line or headers are malformed or too large."
				: "The request could not be processed.";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was committed meanwhile: nothing to
			// tell.
		}
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 413 -> "Content Too Large";
			case 431 -> "Request Header Fields Too Large";
			case 404 -> "Not Found";
			default -> (status >= 500) ? "Internal Server Error" : "Error";
		};
	}

}
