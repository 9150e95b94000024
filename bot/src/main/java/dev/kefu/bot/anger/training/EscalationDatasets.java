package dev.kefu.bot.anger.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import dev.kefu.bot.anger.Concern;
import dev.kefu.knowledge.eval.EvalFiles;

/**
 * Turns the public datasets in {@code shared/datasets} into {@code train.csv},
 * {@code dev.csv} and {@code test.csv}. Each dataset's own splits are kept (the training
 * file only ever feeds {@code train.csv}); the one that has no splits (the shopping
 * reviews) is split by a seeded shuffle. Label 1 is:
 * <ul>
 * <li>SMP2020-EWECT (Chinese Weibo): angry;</li>
 * <li>GoEmotions (English Reddit): anger or annoyance;</li>
 * <li>online_shopping_10_cats (Chinese reviews): in the test set, a negative review
 * (short ones only, as chat messages are short); in the training set, short negative
 * reviews are 0, calm complaints the bot can act on (see the note in
 * {@link #convert});</li>
 * <li>AFQMC (Chinese Alipay service questions): 0, all of them (train and dev only).</li>
 * <li>Bitext (English customer service): {@code contact_human_agent} or
 * {@code complaint}.</li>
 * </ul>
 * The files say why where the dataset does: SMP2020 and GoEmotions anger is ANGER,
 * Bitext's {@code contact_human_agent} REQUESTED (a complaint or a negative review is 1
 * without a reason of ours, and trains no reason). The ECD Taobao sample is not read: an
 * outside check of the bot uses it. Sampling is seeded, so the files are the same on
 * every run.
 */
public final class EscalationDatasets {

	private static final Set<String> GOEMOTIONS_POSITIVE = Set.of("anger", "annoyance");

	private static final Set<String> BITEXT_POSITIVE = Set.of("contact_human_agent", "complaint");

	private static final int MAX_REVIEW_LENGTH = 120;

	private static final int SHORT_COMPLAINT = 60;

	private EscalationDatasets() {
	}

	/**
	 * Writes the three files.
	 * @param datasets the shared datasets folder
	 * @param out where to write
	 * @return how many lines each file got
	 */
	public static List<Integer> convert(Path datasets, Path out) {
		List<LabelledText> train = new ArrayList<>();
		List<LabelledText> dev = new ArrayList<>();
		List<LabelledText> test = new ArrayList<>();
		Path smp = datasets.resolve("smp2020_ewect");
		for (String part : List.of("usual", "virus")) {
			train.addAll(sample(smp(smp.resolve(part).resolve("train.tsv"), "smp2020-" + part), 3500, 1));
			dev.addAll(sample(smp(smp.resolve(part).resolve("dev.tsv"), "smp2020-" + part), 600, 2));
			test.addAll(smp(smp.resolve(part).resolve("test.tsv"), "smp2020-" + part));
		}
		Path goemotions = datasets.resolve("goemotions").resolve("original");
		List<String> labels = lines(goemotions.resolve("labels.txt"));
		train.addAll(sample(goemotions(goemotions.resolve("train.tsv"), labels), 7000, 3));
		dev.addAll(sample(goemotions(goemotions.resolve("dev.tsv"), labels), 1500, 4));
		test.addAll(goemotions(goemotions.resolve("test.tsv"), labels));
		// A negative review counts as 1 in the test set, as the dataset is usually read.
		List<LabelledText> reviews = shuffled(
				reviews(datasets.resolve("online_shopping_10_cats").resolve("online_shopping_10_cats.csv")), 5);
		test.addAll(reviews.subList(0, Math.min(reviews.size(), 2000)));
		// The rest of the negative reviews do train, as what they are for a chat: a
		// complaint about the goods ("尺码偏小", "发错货了") that the bot can act on, not
		// anger that needs a person. Without them the Weibo-trained model sent every
		// plain "质量问题" to an agent.
		train.addAll(sample(reviews.subList(Math.min(reviews.size(), 2000), reviews.size())
			.stream()
			.filter((t) -> t.positive() && t.text().length() <= SHORT_COMPLAINT)
			.map((t) -> new LabelledText(t.text(), 0, "online-shopping-complaint"))
			.toList(), 2500, 9));
		// Calm Chinese customer-service questions (Alipay), so that the Weibo-trained
		// model sees what an ordinary service question looks like.
		List<LabelledText> questions = shuffled(afqmc(datasets.resolve("afqmc").resolve("dev.jsonl")), 6);
		int fifth = questions.size() / 5;
		dev.addAll(questions.subList(0, fifth));
		train.addAll(questions.subList(fifth, questions.size()));
		Path bitext = datasets.resolve("bitext_customer_support");
		List<LabelledText> bitextTrain = shuffled(bitext(bitext.resolve("bitext_cs_337b968_train.csv"), "instruction"),
				7);
		int bitextDev = bitextTrain.size() / 5;
		dev.addAll(bitextTrain.subList(0, bitextDev));
		train.addAll(bitextTrain.subList(bitextDev, bitextTrain.size()));
		List<LabelledText> bitextTest = bitext(bitext.resolve("bitext_20k_utterances.csv"), "utterance");
		test.addAll(bitextTest.stream().filter(LabelledText::positive).toList());
		test.addAll(sample(bitextTest.stream().filter((t) -> !t.positive()).toList(), 2000, 8));
		// The datasets repeat some texts across their own splits (stock Weibo reposts): a
		// text that is tested on is never trained or tuned on.
		Set<String> tested = new HashSet<>();
		test.forEach((t) -> tested.add(t.text()));
		train.removeIf((t) -> tested.contains(t.text()));
		dev.removeIf((t) -> tested.contains(t.text()));
		EscalationFiles.write(out.resolve("train.csv"), train);
		EscalationFiles.write(out.resolve("dev.csv"), dev);
		EscalationFiles.write(out.resolve("test.csv"), test);
		return List.of(train.size(), dev.size(), test.size());
	}

	private static List<LabelledText> smp(Path file, String source) {
		List<LabelledText> texts = new ArrayList<>();
		List<String> rows = lines(file);
		for (String row : rows.subList(1, rows.size())) {
			int tab = row.indexOf('\t');
			if (tab > 0 && !row.substring(tab + 1).isBlank()) {
				boolean angry = row.substring(0, tab).equals("1");
				texts.add(new LabelledText(row.substring(tab + 1).strip(), angry ? 1 : 0,
						angry ? Set.of(Concern.ANGER) : Set.of(), "", source));
			}
		}
		return texts;
	}

	private static List<LabelledText> goemotions(Path file, List<String> labels) {
		List<LabelledText> texts = new ArrayList<>();
		for (String row : lines(file)) {
			String[] columns = row.split("\t");
			if (columns.length < 2 || columns[0].isBlank()) {
				continue;
			}
			boolean positive = Arrays.stream(columns[1].split(","))
				.map((id) -> labels.get(Integer.parseInt(id.strip())))
				.anyMatch(GOEMOTIONS_POSITIVE::contains);
			texts.add(new LabelledText(columns[0].strip(), positive ? 1 : 0,
					positive ? Set.of(Concern.ANGER) : Set.of(), "", "goemotions"));
		}
		return texts;
	}

	private static List<LabelledText> reviews(Path file) {
		return EvalFiles.readRecords(file)
			.stream()
			.map((row) -> new LabelledText(row.get("review").replace("\uFEFF", "").strip(),
					row.get("label").equals("0") ? 1 : 0, "online-shopping"))
			.filter((t) -> !t.text().isBlank() && t.text().length() <= MAX_REVIEW_LENGTH)
			.toList();
	}

	private static List<LabelledText> afqmc(Path file) {
		Set<String> sentences = new LinkedHashSet<>();
		for (String line : lines(file)) {
			if (line.isBlank()) {
				continue;
			}
			try {
				var row = TrainingJson.MAPPER.readTree(line);
				sentences.add(row.path("sentence1").asText().strip());
				sentences.add(row.path("sentence2").asText().strip());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Bad line in " + file, ex);
			}
		}
		return sentences.stream()
			.filter((text) -> !text.isBlank())
			.map((text) -> new LabelledText(text, 0, "afqmc"))
			.toList();
	}

	private static List<LabelledText> bitext(Path file, String column) {
		return EvalFiles.readRecords(file)
			.stream()
			.map((row) -> new LabelledText(row.get(column).strip(), BITEXT_POSITIVE.contains(row.get("intent")) ? 1 : 0,
					"contact_human_agent".equals(row.get("intent")) ? Set.of(Concern.REQUESTED) : Set.of(), "",
					"bitext"))
			.filter(Predicate.not((t) -> t.text().isBlank()))
			.toList();
	}

	private static List<LabelledText> sample(List<LabelledText> texts, int size, long seed) {
		List<LabelledText> copy = shuffled(texts, seed);
		return copy.subList(0, Math.min(size, copy.size()));
	}

	private static List<LabelledText> shuffled(List<LabelledText> texts, long seed) {
		List<LabelledText> copy = new ArrayList<>(texts);
		Collections.shuffle(copy, new Random(seed));
		return copy;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
