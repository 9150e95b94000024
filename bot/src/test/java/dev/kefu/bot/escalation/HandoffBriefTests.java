package dev.kefu.bot.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kefu.bot.anger.Assessment;
import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.anger.Mood;
import dev.kefu.bot.anger.Signal;
import dev.kefu.bot.conversation.Message;
import dev.kefu.bot.conversation.QuickReply;
import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.dialogue.Intent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The hand-off brief built without a language model, and its words in each script an
 * agent reads: what the shopper wants, which order and item by name, what the bot did or
 * promised, why, and how the shopper feels; never button values, SKUs or enum names.
 */
class HandoffBriefTests {

	private static final Map<String, String> QUESTIONS = Map.of("refund-time-zh", "退款多久到账？");

	private final List<Message> conversation = new ArrayList<>();

	@Test
	void saysWhatTheShopperWantsAboutWhichItemWhatTheBotDidAndHowTheyFeel() {
		shopper("你好，我想问下退款");
		bot("仓库签收并检验通过后 24 小时内发起退款。", "refund-time-zh", Intent.FAQ, List.of());
		bot("请选择要退的商品", null, Intent.RETURN, List.of(new QuickReply("真丝连衣裙（蓝色 M）", "KF20261001#1")));
		shopper("KF20261001#1");
		shopper("退款说好三天 一个月了还没到 你们是想吞了我的钱吗");
		Assessment assessment = new Assessment(Set.of(Concern.PAYMENT, Concern.ANGER),
				Map.of(Concern.ANGER, 0.9, Concern.PAYMENT, 0.8), Set.of(Signal.INSULT, Signal.LOSING_PATIENCE), 1);
		HandoffBrief brief = brief(new EscalationNeed(List.of(EscalationReason.PAYMENT, EscalationReason.ANGER),
				Set.of("zh"), assessment));

		assertThat(brief.wants()).containsExactly(HandoffBrief.Want.MONEY_PUT_RIGHT);
		assertThat(brief.order()).isEqualTo(new HandoffBrief.Order("KF20261001", 1, "真丝连衣裙"));
		assertThat(brief.mood()).isEqualTo(Mood.ANGRY);
		assertThat(brief.said()).as("the tapped button is not the shopper's words")
			.containsExactly("你好，我想问下退款", "退款说好三天 一个月了还没到 你们是想吞了我的钱吗");
		assertThat(brief.script()).isEqualTo("zh-Hans");

		String zh = BriefText.render(brief, "zh-Hans");
		assertThat(zh).contains("款项问题处理")
			.contains("订单 KF20261001：真丝连衣裙")
			.contains("回答了「退款多久到账？」")
			.contains("顾客很生气")
			.contains("支付或退款问题")
			.contains("情绪：生气")
			.contains("说已经受够了")
			.doesNotContain("KF20261001#1")
			.doesNotContain("PAYMENT")
			.doesNotContain("refund-time-zh");
		String en = BriefText.render(brief, "en");
		assertThat(en).contains("Wants: their money put right")
			.contains("Order KF20261001: 真丝连衣裙")
			.contains("answered \"退款多久到账？\"")
			.contains("Why a person: the shopper is angry; a payment problem")
			.contains("Feels: angry")
			.doesNotContain("ANGER")
			.doesNotContain("#1");
		assertThat(BriefText.render(brief, "zh-Hant")).contains("款項問題處理")
			.contains("情緒：生氣")
			.as("the shopper's own words stay as written")
			.contains("退款说好三天 一个月了还没到");
	}

	@Test
	void aSafetyCaseIsWorriedAndAnOrderNotTheShoppersHasNoItem() {
		shopper("用了你们的面霜 我女儿脸上起了红疹 订单 KF20269999");
		Assessment assessment = new Assessment(Set.of(Concern.SAFETY), Map.of(Concern.SAFETY, 0.95), Set.of(), 1);
		HandoffBrief brief = brief(new EscalationNeed(List.of(EscalationReason.SAFETY), Set.of("zh"), assessment));
		assertThat(brief.mood()).isEqualTo(Mood.WORRIED);
		assertThat(brief.order()).isEqualTo(new HandoffBrief.Order("KF20269999", 0, null));
		assertThat(BriefText.render(brief, "zh-Hans")).contains("有人受伤或有危险").contains("订单 KF20269999").contains("情绪：担心");
	}

	@Test
	void aMobileNumberIsNoOrderAndWhatTheBotCouldNotAnswerAndPromisedIsSaid() {
		shopper("how do quantum cats choose socks? call me on 13812345678");
		bot("Sorry, I can't answer that one.", null, Intent.NOT_UNDERSTOOD, List.of());
		shopper("WHY CAN'T YOU ANSWER???");
		bot("I can't answer that either.", null, Intent.NOT_UNDERSTOOD, List.of());
		bot("I'm connecting you with a person; the wait is about 3 minutes.", null, Intent.HANDOFF, List.of());
		Assessment assessment = new Assessment(Set.of(Concern.ANGER), Map.of(), Set.of(Signal.SHOUTING), 2);
		HandoffBrief brief = brief(new EscalationNeed(
				List.of(EscalationReason.ANGER, EscalationReason.BOT_FAILED_TWICE), Set.of("en"), assessment));
		assertThat(brief.order()).isNull();
		assertThat(brief.script()).isEqualTo("en");
		String en = BriefText.render(brief, "en");
		assertThat(en).contains("could not answer (twice)")
			.contains("promised a person in about 3 min")
			.contains("shouting")
			.contains("asked this twice")
			.contains("the bot could not help twice in a row");
		assertThat(BriefText.render(brief, "zh-Hans")).contains("没能回答（2 次）").contains("告知约 3 分钟内有人工接待");
	}

	@Test
	void aTraditionalChineseShopperIsBriefedInTraditionalByDefaultAndUnknownScriptsAreRefused() {
		shopper("我想轉人工");
		HandoffBrief brief = brief(new EscalationNeed(List.of(EscalationReason.REQUESTED), Set.of("zh")));
		assertThat(brief.script()).isEqualTo("zh-Hant");
		assertThat(BriefText.render(brief, brief.script())).contains("找人工客服").contains("要求轉人工");
		assertThatIllegalArgumentException().isThrownBy(() -> BriefText.render(brief, "fr"))
			.withMessageContaining("zh-Hans, zh-Hant or en");
	}

	@Test
	void theWaitQuotedInTheSameTurnIsWhatTheBotPromised() {
		shopper("转人工");
		HandoffBrief brief = brief(new EscalationNeed(List.of(EscalationReason.REQUESTED), Set.of("zh")))
			.promised(HandoffBrief.BotStep.quotedWait(Duration.ofSeconds(150)));
		assertThat(BriefText.render(brief, "zh-Hans")).contains("告知约 3 分钟内有人工接待");
		assertThat(brief.promised(HandoffBrief.BotStep.quotedWait(Duration.ofMinutes(9))).bot())
			.as("one promise, the first")
			.singleElement()
			.satisfies((step) -> assertThat(step.count()).isEqualTo(3));
	}

	@Test
	void raisingAnEscalationAddsReasonsAndWantsAndNeverCalmsTheMood() {
		shopper("转人工");
		HandoffBrief brief = brief(new EscalationNeed(List.of(EscalationReason.REQUESTED), Set.of("zh")));
		HandoffBrief raised = brief.withReasons(List.of(EscalationReason.SAFETY),
				HandoffBriefs.wants(List.of(EscalationReason.SAFETY), null), Mood.WORRIED);
		assertThat(raised.reasons()).containsExactly(EscalationReason.SAFETY, EscalationReason.REQUESTED);
		assertThat(raised.wants()).contains(HandoffBrief.Want.A_PERSON, HandoffBrief.Want.SAFETY_HELP);
		assertThat(raised.withReasons(List.of(), List.of(), Mood.CALM).mood()).isEqualTo(Mood.WORRIED);
	}

	private HandoffBrief brief(EscalationNeed need) {
		return HandoffBriefs.brief(this.conversation, need, need.assessment(), null,
				(id) -> Optional.ofNullable(QUESTIONS.get(id)),
				(order, line) -> order.equals("KF20261001") ? Optional.of("真丝连衣裙") : Optional.empty(), List.of(),
				false);
	}

	private void shopper(String text) {
		add(Sender.SHOPPER, text, null, null, List.of());
	}

	private void bot(String text, String entryId, Intent intent, List<QuickReply> replies) {
		add(Sender.BOT, text, entryId, intent.name(), replies);
	}

	private void add(Sender sender, String text, String entryId, String intent, List<QuickReply> replies) {
		this.conversation.add(new Message(UUID.randomUUID(), this.conversation.size() + 1, UUID.randomUUID(), sender,
				text, null, entryId, intent, replies, List.of(), Instant.now(), null));
	}

}
