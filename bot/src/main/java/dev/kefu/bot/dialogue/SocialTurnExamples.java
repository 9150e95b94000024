package dev.kefu.bot.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.TextEmbedder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a short message as a social turn or a statement by the written examples it is
 * nearest to, where the rules' word lists did not catch it ("蟹蟹", "欧了", "cya later").
 * Word lists are exact and never wrong about what they know, but shoppers keep finding
 * new ways to say thanks; the examples' embeddings carry the rules to wordings nobody
 * listed. Questions are examples too, so that a short question near a greeting ("在吗
 * 能便宜点吗") stays a question; and a message closer to a knowledge-base entry than to any
 * example is a question whatever its neighbours say.
 */
public final class SocialTurnExamples {

	/** The examples that ship with Kefu. */
	public static final String BUILT_IN = "dialogue/social-examples.csv";

	/** The label of examples that are questions, not social turns. */
	static final String QUESTION = "QUESTION";

	/** Neighbours that vote. */
	private static final int NEIGHBOURS = 3;

	/**
	 * The least similarity to the nearest example of the winning kind. Chosen two-fold on
	 * the written social sets with the word lists switched off (each half's examples read
	 * the other half), as low as it goes before questions read after them (the demo's dev
	 * questions, the out-of-scope dev split) start to lose their answers or refusals.
	 */
	private static final double LEAST_SIMILARITY = 0.60;

	/**
	 * How much nearer the examples must be than the knowledge base's first entry: any
	 * lead; asking for more lost social turns on dev and kept no question more.
	 */
	private static final double LEAD_OVER_KNOWLEDGE = 0.0;

	/** Longer messages carry a question or a story; the word lists still read those. */
	private static final int MOST_HAN = 16;

	private static final int MOST_WORDS = 8;

	/**
	 * Words that ask. A greeting asks by nature ("在吗", "anyone here?"); anything else
	 * that asks is a question, however near it is to a thanks or a statement ("退货寄出了
	 * 退款多久到"). The rules' own question words ({@link SocialTurns#asks}) count too.
	 */
	private static final Pattern ASKS = Pattern.compile("[?？]|吗|嗎|么|麼|呢|咩|嘛|几|幾|多久|多少|怎|点样|點樣|点解|點解|什么|甚麼|什麼"
			+ "|能不能|可不可以|可唔可以|係唔係|得唔得|使唔使|有冇|可以.{0,6}[不没]|^那|^咁|进度|進度|进展|進展"
			+ "|咋|(?<!没|沒)啥|哪|為啥|为啥|了没(?!问题|事)|了沒(?!問題|事)|但是|可是|不過|不过"
			+ "|\\b(how|what|when|where|why|which|can|could|do you|does|is it|will|any news|news|updates?|status)\\b");

	/**
	 * Words that ask how, what or how much. A greeting asks whether someone is there;
	 * "我唔喺屋企點算" asks what to do, however near it is to "在不 老板".
	 */
	private static final Pattern ASKS_HOW_OR_WHAT = Pattern
		.compile("点算|點算|怎么|怎麼|点样|點樣|咋|多少|几|幾|什么|什麼|甚麼|啥|咩|乜|为什么|為什麼|点解|點解");

	/**
	 * An order or item number, a price, a size: a message that names one is about it ("yo
	 * KF20262001 lol"), however social its other words. "3q" and "88" are not.
	 */
	private static final Pattern NAMES_SOMETHING = Pattern.compile("\\d{3,}|\\p{IsLatin}+\\d+");

	/**
	 * The shopper's own case ("我係金卡喎", "我是新用户"): 係 may say yes alone ("系呀"), but "I am a
	 * gold member" tells something the answer depends on.
	 */
	private static final Pattern OWN_CASE = Pattern.compile("^我(是|係|系)\\p{IsHan}{2,}");

	private final Map<Language, List<Example>> examples;

	private final TextEmbedder embedder;

	private SocialTurnExamples(Map<Language, List<Example>> examples, TextEmbedder embedder) {
		this.examples = examples;
		this.embedder = embedder;
	}

	/**
	 * The built-in examples, embedded once.
	 * @param embedder the knowledge base's embedder
	 * @return the reader
	 */
	public static SocialTurnExamples builtIn(TextEmbedder embedder) {
		try (InputStream in = SocialTurnExamples.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("missing " + BUILT_IN);
			}
			return of(read(new InputStreamReader(in, StandardCharsets.UTF_8)), embedder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Examples given here.
	 * @param labelled each text with its intent's name, or {@value #QUESTION}
	 * @param embedder the embedder
	 * @return the reader
	 */
	public static SocialTurnExamples of(List<Labelled> labelled, TextEmbedder embedder) {
		Map<Language, List<String>> texts = new EnumMap<>(Language.class);
		Map<Language, List<String>> labels = new EnumMap<>(Language.class);
		for (Labelled example : labelled) {
			QueryText text = QueryText.of(example.text());
			texts.computeIfAbsent(text.language(), (l) -> new ArrayList<>()).add(text.searchable());
			labels.computeIfAbsent(text.language(), (l) -> new ArrayList<>()).add(example.label());
		}
		Map<Language, List<Example>> examples = new EnumMap<>(Language.class);
		texts.forEach((language, normalized) -> {
			List<float[]> vectors = embedder.embedAll(language, normalized);
			List<Example> embedded = new ArrayList<>();
			for (int i = 0; i < normalized.size(); i++) {
				embedded.add(new Example(normalized.get(i), labels.get(language).get(i), vectors.get(i)));
			}
			examples.put(language, List.copyOf(embedded));
		});
		return new SocialTurnExamples(examples, embedder);
	}

	/**
	 * Reads a message by its nearest examples.
	 * @param text what the shopper wrote
	 * @param knowledgeSimilarity the similarity of the knowledge base's first entry to it
	 * (0 when none)
	 * @param midConversation whether the shopper wrote before it
	 * @return the social turn or statement it is, when the examples are sure
	 */
	public Optional<Guess> read(String text, double knowledgeSimilarity, boolean midConversation) {
		QueryText query = QueryText.of(text);
		List<Example> candidates = this.examples.getOrDefault(query.language(), List.of());
		if (candidates.isEmpty() || query.normalized().isBlank() || tooLong(query)
				|| NAMES_SOMETHING.matcher(text).find()) {
			return Optional.empty();
		}
		float[] vector = this.embedder.embed(query.language(), query.searchable());
		List<Scored> nearest = candidates.stream()
			.map((e) -> new Scored(e, dot(vector, e.vector())))
			.sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
			.limit(NEIGHBOURS)
			.toList();
		Map<String, Double> votes = new HashMap<>();
		nearest.forEach((s) -> votes.merge(s.example().label(), s.similarity(), Double::sum));
		String winner = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		Scored best = nearest.stream().filter((s) -> s.example().label().equals(winner)).findFirst().orElseThrow();
		if (QUESTION.equals(winner) || best.similarity() < LEAST_SIMILARITY
				|| best.similarity() - knowledgeSimilarity < LEAD_OVER_KNOWLEDGE) {
			return Optional.empty();
		}
		Intent intent = Intent.valueOf(winner);
		if (intent == Intent.STATEMENT_ADDRESS_WRONG
				&& SocialTurns.aboutInvoice(query.searchable().toLowerCase(Locale.ROOT))) {
			return Optional.empty();
		}
		if (OWN_CASE.matcher(text.strip()).find() && !intent.isStatement()) {
			return Optional.empty();
		}
		if ((intent != Intent.GREETING || midConversation)
				&& (ASKS.matcher(text.toLowerCase(Locale.ROOT)).find() || SocialTurns.asks(text))) {
			return Optional.empty();
		}
		if (intent == Intent.GREETING
				&& (ASKS_HOW_OR_WHAT.matcher(text).find() || ASKS_HOW_OR_WHAT.matcher(query.normalized()).find())) {
			return Optional.empty();
		}
		return Optional.of(new Guess(intent, best.similarity(), best.example().text()));
	}

	private static boolean tooLong(QueryText query) {
		String text = query.normalized().strip();
		return (query.language() == Language.ZH) ? text.codePoints().filter(Character::isIdeographic).count() > MOST_HAN
				: text.split("\\s+").length > MOST_WORDS;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	static List<Labelled> read(Reader csv) throws IOException {
		List<Labelled> labelled = new ArrayList<>();
		for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
			// An example without a letter ("👌") embeds as noise that sits near any
			// unknown
			// word; the rules read those.
			if (row.get("text").codePoints().anyMatch(Character::isLetterOrDigit)) {
				labelled.add(new Labelled(row.get("text"), row.get("intent")));
			}
		}
		return labelled;
	}

	/**
	 * A written example.
	 *
	 * @param text what a shopper might write
	 * @param label the intent's name, or {@value SocialTurnExamples#QUESTION}
	 */
	public record Labelled(String text, String label) {

	}

	/**
	 * What a message was read as.
	 *
	 * @param intent the social turn or statement
	 * @param similarity how near its nearest example of that kind is
	 * @param example that example
	 */
	public record Guess(Intent intent, double similarity, String example) {

	}

	private record Example(String text, String label, float[] vector) {

	}

	private record Scored(Example example, double similarity) {

	}

}
