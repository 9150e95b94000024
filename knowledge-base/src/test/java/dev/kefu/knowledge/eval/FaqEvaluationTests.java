package dev.kefu.knowledge.eval;

import java.util.List;

import dev.kefu.knowledge.search.Calibration;
import dev.kefu.knowledge.search.InProcessEmbedder;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.TextEmbedder;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eval's figures on a knowledge base small enough to know the right answers by heart,
 * with the real index and models.
 */
class FaqEvaluationTests {

	static final TextEmbedder embedder = new InProcessEmbedder();

	static final List<EvalEntry> KB = List.of(
			new EvalEntry("refund-time", "How long does a refund take?", List.of("when do I get my money back"),
					"Within 24 hours.", "en", "refunds"),
			new EvalEntry("shipping-fee", "How much is shipping?", List.of("is delivery free"), "Free over 99.", "en",
					"shipping"),
			new EvalEntry("退款时间", "退款多久到账", List.of("钱什么时候退回来"), "24 小时内。", "zh", "refunds"));

	@Test
	void measuresAccuracyRankAndVerdictsPerLanguage() {
		List<EvalCase> cases = List.of(new EvalCase("how many days until my refund arrives", "refund-time"),
				new EvalCase("do I pay for delivery", "shipping-fee"), new EvalCase("退款几天能到", "退款时间"),
				new EvalCase("do you sell cars", null));
		try (ThrowawayIndex index = ThrowawayIndex.build(KB, embedder)) {
			List<CaseOutcome> outcomes = FaqEvaluation.run(index, embedder, RankingMode.HYBRID, Calibration.DEFAULT,
					OutOfScope.builtIn(embedder), cases);
			FaqEvaluation.Report report = FaqEvaluation.report(RankingMode.HYBRID, outcomes);

			assertThat(report.overall().cases()).isEqualTo(4);
			assertThat(report.overall().answerable()).isEqualTo(3);
			assertThat(report.overall().accuracyAt1()).isEqualTo(1.0);
			assertThat(report.overall().mrrAt5()).isEqualTo(1.0);
			assertThat(report.perLanguage()).containsOnlyKeys("en", "zh");
			assertThat(report.perLanguage().get("zh").cases()).isEqualTo(1);
			assertThat(report.overall().answered() + report.overall().offeredChoices() + report.overall().refused())
				.isCloseTo(1.0, Offset.offset(1e-9));
			assertThat(outcomes.get(3).topIsRight()).isFalse();
		}
	}

	@Test
	void countsARankBelowTheFirstInTheReciprocalRank() {
		List<EvalCase> wrongFirst = List.of(new EvalCase("How much is shipping?", "refund-time"));
		try (ThrowawayIndex index = ThrowawayIndex.build(KB, embedder)) {
			FaqMetrics metrics = FaqEvaluation
				.report(RankingMode.HYBRID,
						FaqEvaluation.run(index, embedder, RankingMode.HYBRID, Calibration.DEFAULT,
								OutOfScope.builtIn(embedder), wrongFirst))
				.overall();
			assertThat(metrics.accuracyAt1()).isZero();
			assertThat(metrics.mrrAt5()).isEqualTo(0.5);
		}
	}

}
