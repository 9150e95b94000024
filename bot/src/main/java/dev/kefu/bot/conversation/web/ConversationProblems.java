package dev.kefu.bot.conversation.web;

import java.time.Duration;

import dev.kefu.bot.conversation.ConversationNotFound;
import dev.kefu.bot.conversation.MessageRejected;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Conversation errors as problem details, for the shoppers' conversation API.
 */
@RestControllerAdvice(basePackageClasses = ConversationProblems.class)
class ConversationProblems {

	@ExceptionHandler(ConversationNotFound.class)
	ProblemDetail notFound(ConversationNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MessageRejected.class)
	ResponseEntity<ProblemDetail> rejected(MessageRejected ex) {
		HttpStatus status = switch (ex.reason()) {
			case INVALID, TOO_LONG -> HttpStatus.BAD_REQUEST;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setProperty("reason", ex.reason());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (ex.reason() == MessageRejected.Reason.RATE_LIMITED) {
			response.header(HttpHeaders.RETRY_AFTER,
					Long.toString(ex.retryAfter().orElse(Duration.ofMinutes(1)).toSeconds()));
		}
		return response.body(problem);
	}

}
