package dev.kefu.bot;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kefu.knowledge.eval.FaqEvalCommand;

/**
 * The application's {@code eval} mode: {@code eval faq|calibrate|convert ...} measures
 * answer quality (see the README). Prints to standard output, the command's whole
 * interface.
 */
final class EvalCommand {

	private EvalCommand() {
	}

	static int run(List<String> args) {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		try {
			return new FaqEvalCommand(out).run(args);
		}
		catch (IllegalArgumentException ex) {
			out.println("eval: " + ex.getMessage());
			return 2;
		}
	}

}
