package dev.kefu.bot;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kefu.bot.anger.training.EscalationEvalCommand;
import dev.kefu.bot.dialogue.DialogueEvalCommand;
import dev.kefu.knowledge.eval.FaqEvalCommand;

/**
 * The application's {@code eval} mode:
 * {@code eval faq|calibrate|convert|dialogue|escalation|train-escalation ...} measures
 * answer, dialogue and escalation quality (see the README). Prints to standard output,
 * the command's whole interface.
 */
final class EvalCommand {

	private EvalCommand() {
	}

	static int run(List<String> args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		try {
			if (DialogueEvalCommand.handles(args)) {
				return new DialogueEvalCommand(out).run(args);
			}
			if (EscalationEvalCommand.handles(args)) {
				return new EscalationEvalCommand(out).run(args);
			}
			return new FaqEvalCommand(out).run(args);
		}
		catch (IllegalArgumentException ex) {
			out.println("eval: " + ex.getMessage());
			return 2;
		}
	}

}
