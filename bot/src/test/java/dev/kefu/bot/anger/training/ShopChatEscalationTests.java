package dev.kefu.bot.anger.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.kefu.bot.anger.Assessment;
import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.anger.ConcernDetector;
import dev.kefu.bot.anger.ConcernModel;
import dev.kefu.bot.anger.DetectionSettings;
import dev.kefu.bot.anger.Mood;
import dev.kefu.bot.anger.Signal;
import dev.kefu.knowledge.search.InProcessEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped concern model with the real in-process embeddings, on hand-written shop
 * chat in Simplified and Traditional Chinese, Cantonese and English: incidents, threats,
 * anger, repeats, and their calm look-alikes, the way the chat and the eval command see
 * them.
 */
class ShopChatEscalationTests {

	static InProcessEmbedder embedder;

	static ConcernDetector detector;

	@BeforeAll
	static void loadTheModel() {
		embedder = new InProcessEmbedder();
		detector = new ConcernDetector(embedder, ConcernModel.shipped(), DetectionSettings.defaults());
	}

	@Test
	void escalatesAngryShoppersAndRequestsForAPersonAndLetsCalmOnesBe() {
		List<LabelledText> cases = EscalationFiles
			.read(Path.of("src/test/resources/escalation/shop-chat.csv").toAbsolutePath());
		EscalationEvaluation.MessageReport report = new EscalationEvaluation(new BulkEmbeddings(embedder, null),
				ConcernModel.shipped(), DetectionSettings.defaults(), TodaysDetector.shipped())
			.messages(cases);
		EscalationEvaluation.Breakdown ours = report.results().get(EscalationEvaluation.DETECTOR);
		assertThat(ours.overall().precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(ours.overall().recall()).isGreaterThanOrEqualTo(0.9);
		assertThat(ours.perSource().get("calm-zh").falsePositives()).as("calm return requests").isZero();
		assertThat(ours.overall().f1()).as("better than the lexicon alone")
			.isGreaterThan(report.results().get(EscalationEvaluation.LEXICON).overall().f1());
	}

	@Test
	void harmAfterUseIsSafetyButAnAllergenQuestionBeforeBuyingIsNot() {
		Assessment rash = detector.assess("用了你们的面霜之后脸上起了一片红疹，又痒又痛", List.of());
		assertThat(rash.concerns()).contains(Concern.SAFETY);
		assertThat(rash.mood()).isIn(Mood.WORRIED, Mood.ANGRY);
		Assessment charger = detector.assess("the charger you sold me overheated and burned my desk", List.of());
		assertThat(charger.concerns()).contains(Concern.SAFETY);
		assertThat(detector.assess("这款面霜含不含酒精？敏感肌能用吗", List.of()).needsPerson()).isFalse();
		assertThat(detector.assess("does this peanut butter contain any tree nuts?", List.of()).needsPerson())
			.isFalse();
	}

	@Test
	void aRegulatorOrAChargebackIsLegalAndAPhoneNumberIsNoThreat() {
		assertThat(detector.assess("再不处理我就打12315投诉你们", List.of()).concerns()).contains(Concern.LEGAL);
		assertThat(detector.assess("我要去消委會投訴你哋", List.of()).concerns()).contains(Concern.LEGAL);
		assertThat(detector.assess("I'll file a chargeback with my bank", List.of()).concerns())
			.contains(Concern.LEGAL);
		assertThat(detector.assess("我要退货，电话13812345678", List.of()).concerns()).doesNotContain(Concern.LEGAL);
	}

	@Test
	void aLittleDisappointedOrAskingToReturnStaysWithTheBot() {
		assertThat(detector.assess("有点失望，颜色和图片不太一样", List.of()).needsPerson()).isFalse();
		assertThat(detector.assess("can I return it?", List.of()).needsPerson()).isFalse();
		assertThat(detector.assess("我要退货", List.of()).needsPerson()).isFalse();
	}

	@Test
	void moneyAndParcelsAndDataInAnyWording() {
		assertThat(detector.assess("同一笔订单被扣了两次钱", List.of()).concerns()).contains(Concern.PAYMENT);
		assertThat(detector.assess("you took my money twice for one order", List.of()).concerns())
			.contains(Concern.PAYMENT);
		assertThat(detector.assess("收到的盒子是空的，里面什么都没有", List.of()).concerns()).contains(Concern.PARCEL);
		assertThat(detector.assess("please delete all my personal data", List.of()).concerns())
			.contains(Concern.PRIVACY);
	}

	@Test
	void cantoneseAngerAndInsultsToTheBotGoToAPerson() {
		assertThat(detector.assess("你哋搞乜鬼呀，等咗成個禮拜都未到，真係激死人", List.of()).concerns()).contains(Concern.ANGER);
		Assessment insult = detector.assess("stupid bot, you are useless", List.of());
		assertThat(insult.concerns()).contains(Concern.ANGER);
		assertThat(insult.signals()).contains(Signal.INSULT_TO_BOT);
	}

	@Test
	void theThirdTimeInCapitalsIsARepeatAndAnger() {
		Assessment third = detector.assess("WHERE IS MY REFUND???",
				List.of("where is my refund?", "has my refund been sent yet?"));
		assertThat(third.concerns()).contains(Concern.REPEATED, Concern.ANGER);
		assertThat(third.timesAsked()).isGreaterThanOrEqualTo(3);
		assertThat(detector.assess("退款多久到账", List.of("退款多久到账")).concerns()).doesNotContain(Concern.REPEATED);
	}

	@Test
	void withoutTheLexiconAndWithTheBarRaisedASureThreatNoLongerCounts() {
		Assessment threat = detector.assess("我要去消基會申訴", List.of());
		assertThat(threat.concerns()).contains(Concern.LEGAL);
		Map<Concern, Double> never = Map.of(Concern.LEGAL, 0.999, Concern.ANGER, 0.999, Concern.SAFETY, 0.999,
				Concern.PAYMENT, 0.999, Concern.PARCEL, 0.999, Concern.PRIVACY, 0.999, Concern.REQUESTED, 0.999);
		ConcernDetector strict = new ConcernDetector(embedder, ConcernModel.shipped(),
				new DetectionSettings(never, 0.999, 0, false, false));
		assertThat(strict.assess("我要去消基會申訴", List.of()).needsPerson()).as("lexicon off, every bar at 0.999").isFalse();
	}

}
