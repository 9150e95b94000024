package dev.kefu.bot.returns;

import dev.kefu.bot.problems.ParameterProblems;
import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.returns.approval.InvalidRuleSet;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.cases.UnknownEvidence;
import dev.kefu.returns.workflow.ApprovalRuleSets.RuleSetChanged;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The returns module's errors as problem details, for the controllers that drive cases
 * (the returns API and the webhooks).
 */
// Before the application-wide handlers, whose catch-all would otherwise answer 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = { "dev.kefu.bot.returns", "dev.kefu.bot.webhooks" })
class ReturnsProblems {

	@ExceptionHandler(ReturnCaseNotFound.class)
	ProblemDetail notFound(ReturnCaseNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(EventNotAccepted.class)
	ProblemDetail notNow(EventNotAccepted ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Not possible now: the " + ex.getMessage());
		problem.setProperty("state", ex.state().name());
		return problem;
	}

	@ExceptionHandler(ReturnNotPossible.class)
	ProblemDetail notPossible(ReturnNotPossible ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
	}

	@ExceptionHandler(ShopNotFound.class)
	ProblemDetail noShop(ShopNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(UnknownEvidence.class)
	ProblemDetail unknownEvidence(UnknownEvidence ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Nothing was opened: photoIds must be photos the shopper uploaded to this shop, and these are not: "
						+ ex.photoIds() + ".");
		problem.setProperty("photoIds", ex.photoIds());
		return problem;
	}

	@ExceptionHandler(InvalidRuleSet.class)
	ProblemDetail invalidRules(InvalidRuleSet ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The rules were not saved: " + ex.getMessage());
	}

	@ExceptionHandler(RuleSetChanged.class)
	ProblemDetail rulesChanged(RuleSetChanged ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("latestVersion", ex.latest());
		return problem;
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
