package dev.kefu.bot.problems;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in words, naming the field, why a JSON body was refused: the same sentences for
 * HTTP problems and STOMP error frames.
 */
public final class JsonProblems {

	private JsonProblems() {
	}

	/**
	 * Describes a refused JSON value of a request body.
	 * @param ex what Jackson raised
	 * @return a sentence for the caller
	 */
	public static String describe(JsonMappingException ex) {
		return describe(ex, "The request body");
	}

	/**
	 * Describes a refused JSON value.
	 * @param ex what Jackson raised
	 * @param what what held the JSON, as the sentence's subject ("The frame's body")
	 * @return a sentence for the caller
	 */
	public static String describe(JsonMappingException ex, String what) {
		String field = field(ex);
		if (ex instanceof UnrecognizedPropertyException) {
			return what + " has an unknown field '" + field + "'.";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
				.map(String::valueOf)
				.collect(Collectors.joining(", "));
			return what + "'s field '" + field + "' has the unknown value '" + invalid.getValue() + "' (allowed: "
					+ allowed + ").";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
			return what + "'s field '" + field + "': " + firstLine(invalid.getOriginalMessage()) + ".";
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null && field.isEmpty()
				&& firstLine(ex.getOriginalMessage()).startsWith("Trailing token")) {
			return what + " has more after its JSON value.";
		}
		if (field.isEmpty()) {
			return what + " is not the expected JSON: " + firstLine(ex.getOriginalMessage()) + ".";
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return what + "'s field '" + field + "' must be " + kind(mismatched.getTargetType()) + ".";
		}
		return what + " has a wrong value or type for field '" + field + "'.";
	}

	private static String field(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getFieldName() != null) ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("");
	}

	private static String kind(Class<?> type) {
		if (type == String.class) {
			return "a string";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return "an object of the expected shape";
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		String line = (end < 0) ? message : message.substring(0, end);
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}

}
