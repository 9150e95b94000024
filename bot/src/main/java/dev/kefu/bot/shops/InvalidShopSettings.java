package dev.kefu.bot.shops;

import java.util.List;

/**
 * Settings that are not valid: nothing was saved. Each problem names its field.
 */
public class InvalidShopSettings extends RuntimeException {

	private final List<ShopSettingsValidation.FieldProblem> problems;

	InvalidShopSettings(List<ShopSettingsValidation.FieldProblem> problems) {
		super("The settings were not saved: " + problems.stream().map((p) -> p.field() + " " + p.message()).toList()
				+ ".");
		this.problems = List.copyOf(problems);
	}

	/**
	 * What is wrong, field by field.
	 * @return pairs of field and message
	 */
	public List<List<String>> problems() {
		return this.problems.stream().map((p) -> List.of(p.field(), p.message())).toList();
	}

}
