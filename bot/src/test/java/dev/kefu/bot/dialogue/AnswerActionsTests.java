package dev.kefu.bot.dialogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerActionsTests {

	@Test
	void turnsAnActionLinkIntoAButtonThatStartsItInTheAnswersLanguage() {
		BotReply reply = AnswerActions
			.apply(new BotReply("签收 7 天内可以无理由退货。\n\n[申请退货](kefu://start-return)", "return-zh", List.of()));
		assertThat(reply.text()).isEqualTo("签收 7 天内可以无理由退货。").doesNotContain("kefu:");
		assertThat(reply.buttons()).containsExactly(new BotReply.Button("申请退货", "我要退货"));
		assertThat(reply.entryId()).isEqualTo("return-zh");
	}

	@Test
	void keepsTheScriptOfATraditionalAnswerAndTheButtonsItHad() {
		BotReply reply = AnswerActions
			.apply(new BotReply("可以換貨：[申請換貨](kefu://start-exchange)", null, List.of(new BotReply.Button("繼續", "继续"))));
		assertThat(reply.text()).isEqualTo("可以換貨");
		assertThat(reply.buttons()).containsExactly(new BotReply.Button("繼續", "继续"),
				new BotReply.Button("申請換貨", "我要換貨"));
	}

	@Test
	void startsInEnglishFromAnEnglishLabelAndLeavesAnUnknownActionAsItsLabel() {
		BotReply reply = AnswerActions.apply(
				new BotReply("Returns are free. [Start a return](kefu://start-return) or [see more](kefu://teleport).",
						null, List.of()));
		assertThat(reply.text()).isEqualTo("Returns are free.  or see more.");
		assertThat(reply.buttons())
			.containsExactly(new BotReply.Button("Start a return", "I want to return something"));
	}

	@Test
	void leavesATextWithoutActionsAlone() {
		BotReply plain = new BotReply("[Our policy](https://shop.example/returns)", null, List.of());
		assertThat(AnswerActions.apply(plain)).isSameAs(plain);
	}

}
