package dev.kefu.knowledge.answer;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A tool the model asked for, with its one optional argument.
 *
 * @param tool the tool
 * @param orderId an order number the shopper mentioned; only ever a well-formed number
 * (anything else is dropped), and the bot still checks it is the shopper's own
 */
public record ToolCall(ShopperTool tool, @Nullable String orderId) {

	private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z]{0,4}\\d{6,20}");

	public ToolCall {
		Objects.requireNonNull(tool, "tool");
		if (orderId != null && !ORDER_NUMBER.matcher(orderId).matches()) {
			orderId = null;
		}
	}

}
