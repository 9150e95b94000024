package dev.kefu.bot.shops.web;

import java.util.Map;

import dev.kefu.bot.shops.InvalidShopSettings;
import dev.kefu.bot.shops.SettingsChanged;
import dev.kefu.bot.shops.ShopAlreadyExists;
import dev.kefu.bot.shops.ShopNotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The shop settings' errors as problem details: invalid settings name each field.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "dev.kefu.bot.shops")
class ShopProblems {

	@ExceptionHandler(ShopNotFound.class)
	ProblemDetail notFound(ShopNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ShopAlreadyExists.class)
	ProblemDetail exists(ShopAlreadyExists ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(SettingsChanged.class)
	ProblemDetail changed(SettingsChanged ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("latestVersion", ex.latest());
		return problem;
	}

	@ExceptionHandler(InvalidShopSettings.class)
	ProblemDetail invalid(InvalidShopSettings ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors",
				ex.problems().stream().map((p) -> Map.of("field", p.get(0), "message", p.get(1))).toList());
		return problem;
	}

}
