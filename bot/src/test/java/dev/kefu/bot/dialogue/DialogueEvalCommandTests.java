package dev.kefu.bot.dialogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue eval's judge, over the demo knowledge base with the real index and models.
 */
class DialogueEvalCommandTests {

	private static final String KB = "src/main/resources/demo/knowledge-base.jsonl";

	@Test
	void countsTheHandOffAndCancellingTheReturnAsTheEntriesTheyDoWhatOf(@TempDir Path dir) throws IOException {
		Path cases = dir.resolve("cases.csv");
		Files.writeString(cases, """
				context,query,expected,kind,script
				人工客服几点有人啊,那咋转人工,contact-human-zh,follow-up,zh-Hans
				,被扣了两次钱 怎么转人工,payment-double-charge-zh|contact-human-zh,two-questions,zh-Hans
				怎麼取消訂單,不是 我是說取消退貨,return-cancel-zh,follow-up,zh-Hant
				人工客服几点有人啊,那咋转人工,account-delete-zh,follow-up,zh-Hans
				""", StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = new DialogueEvalCommand(new PrintStream(out, true, StandardCharsets.UTF_8))
			.run(List.of("dialogue", "--kb", KB, "--cases", cases.toString(), "--errors", "10"));

		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(status).isZero();
		// Three handled; the row that expects another entry is still a miss.
		assertThat(report).contains("dialogue: 4 turns, handled as intended 0.750");
		assertThat(report).contains("(expected account-delete-zh)");
	}

}
