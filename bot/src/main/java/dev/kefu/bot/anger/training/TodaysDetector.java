package dev.kefu.bot.anger.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.anger.Concern;
import dev.kefu.bot.dialogue.PersonRequest;
import dev.kefu.knowledge.search.QueryText;

/**
 * The detector as it was before issue 18 (2026-11), kept unchanged so that every
 * {@code eval escalation} run scores it beside the current one on the same cases: the
 * anger model trained then ({@code escalation/anger-model-2026-11.json}) with its
 * per-language thresholds, the threat and insult lists, shouting and repeating as a lower
 * bar, the payment regular expression and the request for a person. What it finds is
 * reported under the reasons of today: its anger is ANGER (and LEGAL when the threat list
 * fired, which is how it caught threats), its payment problem PAYMENT, a request
 * REQUESTED. Not used by the chat.
 */
final class TodaysDetector {

	static final String MODEL = "/escalation/anger-model-2026-11.json";

	private static final Pattern THREAT = Pattern
		.compile("(投诉|投訴|(?<!\\d)12315(?!\\d)|(?<!\\d)12345(?!\\d)|消协|消協|消基会|消基會|消委会|消委會|消保官|"
				+ "工商局|市场监管|市場監管|曝光|媒体|媒體|律师|律師|起诉|起訴|告你们|告你們|法院|报警|報警|打官司|维权|維權|拒付|"
				+ "\\blawyer|\\bsue\\b|\\bsuing\\b|legal action|small claims|chargeback|charge back|dispute (it|the charge) with my bank|"
				+ "report (you|this)|trading standards|\\bbbb\\b|consumer (protection|council|rights)|attorney)");

	private static final Pattern INSULT = Pattern.compile("(垃圾|骗子|騙子|骗人|騙人|诈骗|詐騙|坑人|坑爹|黑店|无良|無良|奸商|赖账|賴賬|耍赖|耍賴|"
			+ "傻逼|傻b|\\bsb\\b|煞笔|妈的|媽的|他妈|他媽|tmd|nmd|尼玛|尼瑪|滚|滾|去死|废物|廢物|白痴|白癡|脑残|腦殘|恶心|噁心|气死|氣死|"
			+ "\\bscam|\\bscammers?\\b|\\bfraud|rip-?off|\\bidiots?\\b|\\bstupid\\b|\\bwtf\\b|\\bfuck|\\bshit|\\bcrap\\b|"
			+ "\\bpathetic\\b|\\bdisgusting\\b|\\bridiculous\\b|\\bunacceptable\\b|\\bworst\\b|\\bincompetent\\b|\\bthieves\\b)");

	private static final Pattern PAYMENT_PROBLEM = Pattern
		.compile("(扣了两次|扣了兩次|重复扣款|重複扣款|多扣|扣款失败|扣款失敗|" + "付款失败|付款失敗|支付失败|支付失敗|付了钱|付了錢|钱扣了|錢扣了|退款没到|退款沒到|退款还没到|退款還沒到|"
				+ "charged twice|double charged|charged me twice|payment (failed|didn't go through)|"
				+ "money (was )?taken|refund (never|hasn't|has not) (arrived|come))");

	private static final Pattern EXCLAMATIONS = Pattern.compile("[!！]{3,}|[!！?？]{4,}");

	private static final double WITH_WRITING_SIGNALS = 0.35;

	private final Map<String, Weights> weights;

	private TodaysDetector(Map<String, Weights> weights) {
		this.weights = weights;
	}

	static TodaysDetector shipped() {
		try (InputStream in = TodaysDetector.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException(MODEL + " is missing");
			}
			ObjectMapper json = TrainingJson.MAPPER;
			Map<String, Weights> weights = json.readValue(in,
					json.getTypeFactory().constructMapType(Map.class, String.class, Weights.class));
			return new TodaysDetector(weights);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The reasons today's detector gives for a message.
	 * @param text the message
	 * @param earlierShopperTexts the shopper's earlier messages, newest first
	 * @param embedding the message's embedding by its language's model
	 * @return the concerns found: ANGER, LEGAL (threats), PAYMENT, REQUESTED
	 */
	Set<Concern> reasons(String text, List<String> earlierShopperTexts, float[] embedding) {
		Set<Concern> reasons = EnumSet.noneOf(Concern.class);
		String lower = text.toLowerCase(Locale.ROOT);
		boolean threat = THREAT.matcher(lower).find();
		boolean insult = INSULT.matcher(lower).find();
		boolean shouting = EXCLAMATIONS.matcher(text).find() || inCapitals(text);
		String squeezed = squeeze(text);
		boolean repeated = squeezed.length() >= 2
				&& earlierShopperTexts.stream().limit(3).map(TodaysDetector::squeeze).anyMatch(squeezed::equals);
		QueryText query = QueryText.of(text);
		double score = 0;
		if (!query.isBlank() && embedding != null) {
			Weights w = this.weights.get(query.language().code());
			score = w.probability(embedding);
			int writing = (shouting ? 1 : 0) + (repeated ? 1 : 0);
			boolean angryWording = score >= w.threshold() || (writing > 0 && score >= WITH_WRITING_SIGNALS);
			if (threat || insult || angryWording || writing == 2) {
				reasons.add(Concern.ANGER);
			}
		}
		if (threat) {
			reasons.add(Concern.LEGAL);
		}
		if (PersonRequest.in(text)) {
			reasons.add(Concern.REQUESTED);
		}
		if (PAYMENT_PROBLEM.matcher(lower).find()) {
			reasons.add(Concern.PAYMENT);
		}
		return reasons;
	}

	private static boolean inCapitals(String text) {
		long letters = text.chars().filter(Character::isLetter).filter((c) -> c < 128).count();
		long upper = text.chars().filter(Character::isUpperCase).count();
		return letters >= 8 && upper >= letters * 0.7;
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\\p{P}\\p{S}]+", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * One language's anger classifier of 2026-11.
	 *
	 * @param embeddingModel the embedding model
	 * @param bias the intercept
	 * @param weights one per dimension
	 * @param threshold the probability from which it is anger
	 * @param trainedOn what it was trained on
	 */
	record Weights(String embeddingModel, double bias, double[] weights, double threshold, String trainedOn) {

		double probability(float[] embedding) {
			double z = this.bias;
			for (int i = 0; i < embedding.length; i++) {
				z += this.weights[i] * embedding[i];
			}
			return 1 / (1 + Math.exp(-z));
		}

	}

}
