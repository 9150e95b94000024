package dev.kefu.bot.anger.training;

import java.util.List;
import java.util.Set;

import dev.kefu.bot.anger.Concern;

/**
 * A labelled conversation: the shopper's turns, each with whether the conversation must
 * be with a person after it and why (reasons add up over the turns).
 *
 * @param id the conversation's id in its file
 * @param turns the shopper's turns, in order
 */
public record Conversation(String id, List<Turn> turns) {

	public Conversation {
		turns = List.copyOf(turns);
	}

	/**
	 * One shopper turn.
	 *
	 * @param number from 1
	 * @param text what the shopper wrote
	 * @param label 1 when the conversation must be with a person after this turn
	 * @param reasons every reason raised up to this turn
	 * @param script the turn's script
	 */
	public record Turn(int number, String text, int label, Set<Concern> reasons, String script) {

		public Turn {
			reasons = Set.copyOf(reasons);
		}

	}

}
