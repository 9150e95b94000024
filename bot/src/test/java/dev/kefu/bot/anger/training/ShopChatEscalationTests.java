package dev.kefu.bot.anger.training;

import java.nio.file.Path;
import java.util.List;

import dev.kefu.bot.anger.AngerAssessment;
import dev.kefu.bot.anger.AngerDetector;
import dev.kefu.bot.anger.AngerModel;
import dev.kefu.bot.anger.AngerSignal;
import dev.kefu.bot.anger.AngerThresholds;
import dev.kefu.knowledge.search.InProcessEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped anger model with the real in-process embeddings, on hand-written shop chat
 * in Simplified and Traditional Chinese and English (calm requests, angry messages,
 * requests for a person), the way the eval command measures it.
 */
class ShopChatEscalationTests {

	static InProcessEmbedder embedder;

	static AngerDetector detector;

	@BeforeAll
	static void loadTheModel() {
		embedder = new InProcessEmbedder();
		detector = new AngerDetector(embedder, AngerModel.shipped(), AngerThresholds.defaults());
	}

	@Test
	void escalatesAngryShoppersAndRequestsForAPersonAndLetsCalmOnesBe() {
		List<LabelledText> cases = EscalationFiles
			.read(Path.of("src/test/resources/escalation/shop-chat.csv").toAbsolutePath());
		EscalationEvaluation.Report report = new EscalationEvaluation(embedder, detector).run(cases);
		assertThat(report.detector().overall().precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(report.detector().overall().recall()).isGreaterThanOrEqualTo(0.9);
		assertThat(report.detector().perSource().get("calm-zh").falsePositives()).as("calm return requests").isZero();
		assertThat(report.detector().overall().f1()).as("better than the lexicon alone")
			.isGreaterThan(report.lexiconBaseline().overall().f1());
	}

	@Test
	void theModelHearsAngerThatNoListNames() {
		AngerAssessment assessment = detector.assess("等了十天还没到，你们到底管不管", List.of());
		assertThat(assessment.signals()).containsExactly(AngerSignal.ANGRY_WORDING);
		assertThat(assessment.angry()).isTrue();
	}

	@Test
	void shoutingAndRepeatingLowerTheBarButAreNotAngerAlone() {
		assertThat(detector.assess("在吗", List.of()).angry()).isFalse();
		AngerAssessment repeated = detector.assess("在吗？？？？", List.of("在吗", "在吗"));
		assertThat(repeated.signals()).contains(AngerSignal.SHOUTING, AngerSignal.REPEATED);
		assertThat(repeated.angry()).isTrue();
		assertThat(detector.assess("退款多久到账", List.of("退款多久到账")).angry()).isFalse();
	}

	@Test
	void aHotlineNumberInsideAPhoneNumberIsNoThreat() {
		assertThat(detector.assess("我要退货，电话13812345678", List.of()).signals()).doesNotContain(AngerSignal.THREAT);
		assertThat(detector.assess("再不处理我就打12345", List.of()).signals()).contains(AngerSignal.THREAT);
	}

	@Test
	void threatsAndInsultsCountWhateverTheModelSays() {
		AngerAssessment threat = detector.assess("我要去消基會申訴", List.of());
		assertThat(threat.signals()).contains(AngerSignal.THREAT);
		assertThat(threat.angry()).isTrue();
		AngerThresholds noLexicon = new AngerThresholds(0.99, 0.99, false);
		assertThat(new AngerDetector(embedder, AngerModel.shipped(), noLexicon).assess("我要去消基會申訴", List.of()).angry())
			.as("with the lexicon switched off and the bar at 0.99")
			.isFalse();
	}

}
