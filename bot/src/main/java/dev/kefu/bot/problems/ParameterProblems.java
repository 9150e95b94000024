package dev.kefu.bot.problems;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a parameter whose value is not one it accepts (an unknown option, a
 * number that is not one), naming the parameter and, for options, the allowed values.
 * Feature advices that handle {@link IllegalArgumentException} use it too, since the
 * framework would otherwise match the conversion's cause to them.
 */
public final class ParameterProblems {

	private ParameterProblems() {
	}

	/**
	 * The problem for a value a parameter does not accept.
	 * @param ex the framework's exception
	 * @return a 400 problem
	 */
	public static ProblemDetail typeMismatch(TypeMismatchException ex) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "a parameter";
		Class<?> type = ex.getRequiredType();
		String allowed = (type != null && type.isEnum()) ? " (allowed: "
				+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ")"
				: "";
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '" + name + "' does not accept '" + shortened(ex.getValue()) + "'" + allowed + ".");
	}

	private static String shortened(Object value) {
		String text = String.valueOf(value);
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
