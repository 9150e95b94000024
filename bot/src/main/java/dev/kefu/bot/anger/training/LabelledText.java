package dev.kefu.bot.anger.training;

/**
 * One line of an escalation file.
 *
 * @param text the shopper's message
 * @param label 1 when the message alone should send the shopper to a person
 * @param source the dataset it came from (empty for hand-written cases)
 */
public record LabelledText(String text, int label, String source) {

	public boolean positive() {
		return this.label == 1;
	}

}
