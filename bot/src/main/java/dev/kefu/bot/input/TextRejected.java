package dev.kefu.bot.input;

/**
 * Input that breaks the {@link TextPolicy}. Nothing was stored.
 */
public class TextRejected extends RuntimeException {

	private final String field;

	/**
	 * Refuses a text.
	 * @param field where the text came from (a field, a parameter, "body"), for the
	 * caller
	 * @param violation what is wrong with it
	 */
	public TextRejected(String field, String violation) {
		super(field + " " + violation + ".");
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
