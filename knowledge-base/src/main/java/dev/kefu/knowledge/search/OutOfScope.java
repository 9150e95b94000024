package dev.kefu.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.kefu.knowledge.language.Language;

/**
 * The "none" class: examples of what a shop's knowledge base must not answer from its
 * nearest entry (one product's details, bargaining, promotions nobody announced, the
 * stock of one item, other shops' goods, chit-chat, requests unrelated to shopping).
 * Similarity to the nearest entry alone cannot tell "same question, other words" from
 * "other question, same words": both score alike. What tells them apart is whether the
 * question is closer to an entry than to these examples, so the confidence model weighs
 * that lead (see {@link ConfidenceModel}). Ops add examples by marking answers wrong with
 * "none".
 */
public final class OutOfScope {

	/** Like an entry's dense score, the mean of the best few neighbours. */
	private static final int VOTES = 3;

	private static final OutOfScope EMPTY = new OutOfScope(Map.of());

	private final Map<Language, Examples> examples;

	private OutOfScope(Map<Language, Examples> examples) {
		this.examples = examples;
	}

	/**
	 * The examples that ship with Kefu ({@code out-of-scope-zh.txt},
	 * {@code out-of-scope-en.txt} beside this class), embedded once.
	 * @param embedder the embedding models
	 * @return the none class
	 */
	public static OutOfScope builtIn(TextEmbedder embedder) {
		return empty().with(builtInTexts(), embedder);
	}

	/**
	 * No examples: the lead over the none class is then the similarity itself.
	 * @return an empty none class
	 */
	public static OutOfScope empty() {
		return EMPTY;
	}

	/**
	 * The built-in examples' texts.
	 * @return the texts, Chinese first
	 */
	public static List<String> builtInTexts() {
		List<String> texts = new ArrayList<>(read("out-of-scope-zh.txt"));
		texts.addAll(read("out-of-scope-en.txt"));
		return texts;
	}

	/**
	 * These examples and more.
	 * @param texts more examples (questions ops marked as not for the knowledge base),
	 * any language
	 * @param embedder the embedding models
	 * @return a new none class
	 */
	public OutOfScope with(List<String> texts, TextEmbedder embedder) {
		Map<Language, Examples> more = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			List<String> normalized = texts.stream()
				.filter((text) -> Language.detect(text) == language)
				.map((text) -> QueryText.normalize(text, language))
				.filter((text) -> !text.isBlank())
				.distinct()
				.toList();
			Examples existing = this.examples.get(language);
			List<String> added = (existing != null)
					? normalized.stream().filter((text) -> !existing.texts.contains(text)).toList() : normalized;
			List<float[]> vectors = added.isEmpty() ? List.of() : embedder.embedAll(language, added);
			Examples merged = (existing != null) ? existing.plus(added, vectors) : new Examples(added, vectors);
			if (!merged.texts.isEmpty()) {
				more.put(language, merged);
			}
		}
		return new OutOfScope(Map.copyOf(more));
	}

	/**
	 * How close a question is to the none class.
	 * @param language the question's language
	 * @param vector its embedding (unit length)
	 * @return the mean similarity of its nearest examples and the nearest one
	 */
	public Nearest nearest(Language language, float[] vector) {
		Examples of = this.examples.get(language);
		if (of == null || vector == null) {
			return Nearest.NOTHING;
		}
		double[] best = new double[VOTES];
		Arrays.fill(best, -1);
		int bestIndex = -1;
		for (int i = 0; i < of.vectors.size(); i++) {
			double similarity = dot(of.vectors.get(i), vector);
			if (similarity > best[0]) {
				bestIndex = i;
			}
			insert(best, similarity);
		}
		int counted = Math.min(VOTES, of.vectors.size());
		double sum = 0;
		for (int i = 0; i < counted; i++) {
			sum += best[i];
		}
		return new Nearest(sum / counted, of.texts.get(bestIndex));
	}

	/**
	 * How many examples there are in a language.
	 * @param language the language
	 * @return the count
	 */
	public int size(Language language) {
		Examples of = this.examples.get(language);
		return (of != null) ? of.texts.size() : 0;
	}

	/** Keeps the best few in descending order. */
	private static void insert(double[] best, double value) {
		for (int i = 0; i < best.length; i++) {
			if (value > best[i]) {
				System.arraycopy(best, i, best, i + 1, best.length - i - 1);
				best[i] = value;
				return;
			}
		}
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static List<String> read(String resource) {
		try (InputStream in = Objects.requireNonNull(OutOfScope.class.getResourceAsStream(resource), resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
	}

	/**
	 * The none class's answer for one question.
	 *
	 * @param similarity mean similarity of the nearest examples (0 without examples)
	 * @param example the nearest example, or {@code null}
	 */
	public record Nearest(double similarity, String example) {

		static final Nearest NOTHING = new Nearest(0, null);

	}

	private record Examples(List<String> texts, List<float[]> vectors) {

		Examples {
			texts = List.copyOf(texts);
			vectors = List.copyOf(vectors);
		}

		Examples plus(List<String> moreTexts, List<float[]> moreVectors) {
			List<String> allTexts = new ArrayList<>(this.texts);
			allTexts.addAll(moreTexts);
			List<float[]> allVectors = new ArrayList<>(this.vectors);
			allVectors.addAll(moreVectors);
			return new Examples(allTexts, allVectors);
		}

	}

}
