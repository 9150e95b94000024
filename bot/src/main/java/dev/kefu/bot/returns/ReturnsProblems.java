package dev.kefu.bot.returns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kefu.bot.problems.PageLanguage;
import dev.kefu.bot.problems.ParameterProblems;
import dev.kefu.bot.shops.ShopNotFound;
import dev.kefu.returns.approval.InvalidRuleSet;
import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.cases.EventNotAccepted;
import dev.kefu.returns.cases.ReturnCaseNotFound;
import dev.kefu.returns.cases.ReturnNotPossible;
import dev.kefu.returns.cases.UnknownEvidence;
import dev.kefu.returns.law.Article;
import dev.kefu.returns.law.FloorBreach;
import dev.kefu.returns.law.RulesBelowLegalFloor;
import dev.kefu.returns.workflow.RuleSetChanged;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The returns module's errors as problem details, for the controllers that drive cases
 * (the returns API and the webhooks) or show them (the case's evidence photos).
 */
// Before the application-wide handlers, whose catch-all would otherwise answer 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
		basePackages = { "dev.kefu.bot.returns", "dev.kefu.bot.webhooks", "dev.kefu.bot.conversation.web" })
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

	/**
	 * Rules that cannot be read: where (the line, the field) and what is wrong, in the
	 * detail and as data for a page that says it in its reader's language.
	 */
	@ExceptionHandler(InvalidRuleSet.class)
	ProblemDetail invalidRules(InvalidRuleSet ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The rules were not saved"
						+ ex.line().stream().mapToObj((line) -> " (line " + line + ")").findFirst().orElse("") + ": "
						+ ex.getMessage());
		problem.setTitle("Invalid rules");
		problem.setProperty("error", ex.kind().name());
		ex.line().ifPresent((line) -> problem.setProperty("line", line));
		ex.column().ifPresent((column) -> problem.setProperty("column", column));
		ex.field().ifPresent((field) -> problem.setProperty("field", field));
		ex.key().ifPresent((key) -> problem.setProperty("key", key));
		return problem;
	}

	/**
	 * Rules that could refuse what the law requires: nothing is saved or tried, and each
	 * rule is named with its articles, in the reader's language and in all three. The
	 * reader's language is the staff pages' ({@link PageLanguage}: the one the staff
	 * member chose, else the page's Accept-Language), as for every staff page.
	 */
	@ExceptionHandler(RulesBelowLegalFloor.class)
	ProblemDetail belowLegalFloor(RulesBelowLegalFloor ex, HttpServletRequest request) {
		String language = PageLanguage.of(request);
		List<FloorBreach> breaches = ex.breaches();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				String.join(" ", breaches.stream().map((b) -> in(b.message(), language)).toList()));
		problem.setTitle(in(new LocalizedText("规则低于法律底线，未保存也未试运行", "Rules below the legal floor: not saved or tried"),
				language));
		problem.setProperty("legalProfile", ex.profile());
		problem.setProperty("breaches", breaches.stream().map((b) -> {
			Map<String, Object> breach = new LinkedHashMap<>();
			breach.put("rule", b.ruleId());
			breach.put("articles", b.articles().stream().map(Article::id).toList());
			breach.put("articleNames", b.articles().stream().map((a) -> in(a.name(), language)).toList());
			breach.put("message", RuleWords.everyLanguage(b.message()));
			return breach;
		}).toList());
		return problem;
	}

	static String in(LocalizedText text, String language) {
		return switch (language) {
			case "en" -> text.en();
			case "zh-Hant" -> RuleWords.traditional(text);
			default -> text.zh();
		};
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
