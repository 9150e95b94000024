package dev.kefu.bot.knowledge;

import java.util.List;
import java.util.Map;

import dev.kefu.bot.problems.ParameterProblems;
import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.knowledge.entry.EntryAlreadyExists;
import dev.kefu.knowledge.entry.EntryEditConflict;
import dev.kefu.knowledge.entry.EntryNotFound;
import dev.kefu.knowledge.entry.InvalidEntryContent;
import dev.kefu.knowledge.transfer.EntryFiles.MalformedEntryFile;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The knowledge base's errors as problem details, for the ops API's controllers only.
 */
// Before the application-wide handlers, whose catch-all would otherwise answer 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = KnowledgeProblems.class)
class KnowledgeProblems {

	// Each problem names its kind (code) and what it is about, so that the ops page says
	// it in the staff member's language (problem.code.* in assets/i18n); the detail stays
	// English for API clients.
	@ExceptionHandler(EntryNotFound.class)
	ProblemDetail notFound(EntryNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setProperty("code", "ENTRY_NOT_FOUND");
		problem.setProperty("entryId", ex.entryId());
		return problem;
	}

	@ExceptionHandler(EntryAlreadyExists.class)
	ProblemDetail exists(EntryAlreadyExists ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("code", "ENTRY_EXISTS");
		problem.setProperty("entryId", ex.entryId());
		return problem;
	}

	@ExceptionHandler(EntryEditConflict.class)
	ProblemDetail conflict(EntryEditConflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("code", "EDIT_CONFLICT");
		problem.setProperty("entryId", ex.entryId());
		problem.setProperty("currentVersion", ex.actual());
		return problem;
	}

	@ExceptionHandler(InvalidEntryContent.class)
	ProblemDetail invalid(InvalidEntryContent ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid entry: " + ex.getMessage() + ".");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler(MalformedEntryFile.class)
	ProblemDetail malformedFile(MalformedEntryFile ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Nothing was imported: " + ex.getMessage() + ".");
		problem.setProperty("code", "FILE_NOT_IMPORTED");
		problem.setProperty("line", ex.line());
		return problem;
	}

	@ExceptionHandler(ShopNotFound.class)
	ProblemDetail noShop(ShopNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(TypeMismatchException.class)
	ProblemDetail typeMismatch(TypeMismatchException ex) {
		return ParameterProblems.typeMismatch(ex);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
