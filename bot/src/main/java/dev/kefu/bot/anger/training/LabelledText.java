package dev.kefu.bot.anger.training;

import java.util.Set;

import dev.kefu.bot.anger.Concern;

/**
 * One line of an escalation file.
 *
 * @param text the shopper's message
 * @param label 1 when the message alone should send the shopper to a person
 * @param reasons why, when the file says (empty for a calm message, and for files that
 * only say whether)
 * @param script {@code zh-Hans}, {@code zh-Hant}, {@code yue} or {@code en} when the file
 * says, else empty
 * @param source the dataset it came from (empty for hand-written cases)
 */
public record LabelledText(String text, int label, Set<Concern> reasons, String script, String source) {

	public LabelledText {
		reasons = Set.copyOf(reasons);
		script = (script != null) ? script : "";
		source = (source != null) ? source : "";
	}

	public LabelledText(String text, int label, String source) {
		this(text, label, Set.of(), "", source);
	}

	public boolean positive() {
		return this.label == 1;
	}

}
