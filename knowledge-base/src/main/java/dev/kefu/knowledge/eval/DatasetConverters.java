package dev.kefu.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the public datasets in {@code shared/datasets} into the eval command's KB.jsonl
 * and CASES.csv files. Each writes {@code kb.jsonl}, {@code cases.csv} (the test set) and
 * {@code dev.csv} (held-out questions for calibration, never the test set). Sampling is
 * seeded, so the files are the same on every run.
 */
public final class DatasetConverters {

	/** Training questions per Bitext intent held out for calibration (the dev set). */
	static final int BITEXT_DEV_PER_INTENT = 15;

	/** Most phrasings per Bitext intent put into the KB. */
	static final int BITEXT_PHRASINGS = 150;

	private DatasetConverters() {
	}

	/**
	 * Bitext: one entry per intent from the 4.5k training file (50 sampled instructions
	 * as its phrasings, one agent response as its answer); the dev set is the training
	 * instructions left out; the test set is the separate 20k-utterance file (its
	 * {@code check_invoices} is the training file's {@code check_invoice}).
	 * @param datasets the shared datasets folder
	 * @param out where to write
	 */
	public static void bitext(Path datasets, Path out) {
		Path folder = datasets.resolve("bitext_customer_support");
		Map<String, List<CSVRecord>> byIntent = new LinkedHashMap<>();
		for (CSVRecord row : EvalFiles.readRecords(folder.resolve("bitext_cs_337b968_train.csv"))) {
			byIntent.computeIfAbsent(row.get("intent"), (intent) -> new ArrayList<>()).add(row);
		}
		Random random = new Random(42);
		List<EvalEntry> entries = new ArrayList<>();
		List<EvalCase> dev = new ArrayList<>();
		byIntent.forEach((intent, rows) -> {
			List<CSVRecord> shuffled = new ArrayList<>(rows);
			Collections.shuffle(shuffled, random);
			shuffled.stream()
				.limit(BITEXT_DEV_PER_INTENT)
				.forEach((row) -> dev.add(new EvalCase(row.get("instruction"), intent)));
			List<String> phrasings = shuffled.stream()
				.skip(BITEXT_DEV_PER_INTENT)
				.limit(BITEXT_PHRASINGS)
				.map((row) -> row.get("instruction"))
				.toList();
			entries.add(new EvalEntry(intent, phrasings.get(0), phrasings.subList(1, phrasings.size()),
					shuffled.get(0).get("response"), "en", shuffled.get(0).get("category")));
		});
		List<EvalCase> test = new ArrayList<>();
		for (CSVRecord row : EvalFiles.readRecords(folder.resolve("bitext_20k_utterances.csv"))) {
			String intent = row.get("intent").equals("check_invoices") ? "check_invoice" : row.get("intent");
			test.add(new EvalCase(row.get("utterance"), intent));
		}
		write(out, entries, test, dev);
	}

	/**
	 * The English e-commerce FAQ: the 79 entries as they are; the test set is the
	 * repository's ground_truth.csv (5 LLM paraphrases per entry); the dev set is its
	 * second generation, ground_truth_NEW.csv, whose {@code doc_<index>_...} keys name
	 * entries by position.
	 * @param datasets the shared datasets folder
	 * @param out where to write
	 */
	public static void ecommerceFaq(Path datasets, Path out) {
		Path folder = datasets.resolve("ecommerce_faq_en");
		List<EvalEntry> entries = new ArrayList<>();
		try {
			for (JsonNode item : EvalJson.MAPPER.readTree(folder.resolve("EcommerceFAQWithIds.json").toFile())) {
				entries.add(new EvalEntry(item.get("id").asText(), item.get("question").asText(), List.of(),
						item.get("answer").asText(), "en", "faq"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<EvalCase> test = EvalFiles.readRecords(folder.resolve("ground_truth.csv"))
			.stream()
			.map((row) -> new EvalCase(row.get("question"), row.get("document")))
			.toList();
		List<EvalCase> dev = EvalFiles.readRecords(folder.resolve("ground_truth_NEW.csv")).stream().map((row) -> {
			String key = row.get(1);
			int index = Integer.parseInt(key.split("_")[1]);
			return new EvalCase(row.get(0), entries.get(index).id());
		}).toList();
		write(out, entries, test, dev);
	}

	/**
	 * AFQMC question matching as retrieval: every distinct second sentence is an entry;
	 * each positive pair's first sentence is a question whose answer is its partner.
	 * Pairs with an even index are the test set, odd ones the dev set.
	 * @param datasets the shared datasets folder
	 * @param out where to write
	 */
	public static void afqmc(Path datasets, Path out) {
		Map<String, String> idByText = new LinkedHashMap<>();
		List<EvalCase> test = new ArrayList<>();
		List<EvalCase> dev = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		try {
			for (String line : Files.readAllLines(datasets.resolve("afqmc/dev.jsonl"), StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode pair = EvalJson.MAPPER.readTree(line);
				String entryId = idByText.computeIfAbsent(pair.get("sentence2").asText(),
						(text) -> "afqmc-" + (idByText.size() + 1));
				String question = pair.get("sentence1").asText();
				if ("1".equals(pair.get("label").asText()) && seen.add(question + "\u0000" + entryId)) {
					EvalCase evalCase = new EvalCase(question, entryId);
					((pair.get("idx").asInt() % 2 == 0) ? test : dev).add(evalCase);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<EvalEntry> entries = idByText.entrySet()
			.stream()
			.map((entry) -> new EvalEntry(entry.getValue(), entry.getKey(), List.of(), entry.getKey(), "zh", "afqmc"))
			.toList();
		write(out, entries, test, dev);
	}

	/**
	 * Public questions no shop's knowledge base of the demo kind answers, for measuring
	 * refusals: AFQMC's questions about Ant Group's credit products (花呗, 借呗; those about
	 * paying with them or in instalments left out, the demo answers them), and the Bitext
	 * utterances of intents the demo knowledge base lacks
	 * ({@link #OUT_OF_DOMAIN_INTENTS}). Seeded samples, split half and half into
	 * {@code dev.csv} and {@code cases.csv} (test), every case {@code NONE}; no
	 * {@code kb.jsonl} (measure against the demo's).
	 * @param datasets the shared datasets folder
	 * @param out where to write
	 */
	public static void outOfDomain(Path datasets, Path out) {
		Random random = new Random(17);
		List<String> chinese = new ArrayList<>();
		try {
			Set<String> seen = new LinkedHashSet<>();
			for (String line : Files.readAllLines(datasets.resolve("afqmc/dev.jsonl"), StandardCharsets.UTF_8)) {
				String question = line.isBlank() ? ""
						: EvalJson.MAPPER.readTree(line).get("sentence1").asText().strip();
				// Paying with 花呗 and paying in instalments are questions the demo KB
				// answers (payment-methods, payment-installments): not out of its domain.
				if (!question.isEmpty() && !AFQMC_IN_DEMO_DOMAIN.matcher(question).find()) {
					seen.add(question);
				}
			}
			chinese.addAll(seen);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Collections.shuffle(chinese, random);
		List<String> english = new ArrayList<>();
		Map<String, List<String>> byIntent = new LinkedHashMap<>();
		for (CSVRecord row : EvalFiles
			.readRecords(datasets.resolve("bitext_customer_support").resolve("bitext_20k_utterances.csv"))) {
			if (OUT_OF_DOMAIN_INTENTS.contains(row.get("intent"))) {
				byIntent.computeIfAbsent(row.get("intent"), (intent) -> new ArrayList<>()).add(row.get("utterance"));
			}
		}
		byIntent.values().forEach((utterances) -> {
			List<String> shuffled = new ArrayList<>(utterances);
			Collections.shuffle(shuffled, random);
			english.addAll(shuffled.subList(0, Math.min(OUT_OF_DOMAIN_PER_INTENT, shuffled.size())));
		});
		List<EvalCase> dev = new ArrayList<>();
		List<EvalCase> test = new ArrayList<>();
		List<String> sample = new ArrayList<>(chinese.subList(0, Math.min(OUT_OF_DOMAIN_CHINESE, chinese.size())));
		sample.addAll(english);
		for (int i = 0; i < sample.size(); i++) {
			((i % 2 == 0) ? dev : test).add(new EvalCase(sample.get(i), EvalCase.NONE));
		}
		try {
			Files.createDirectories(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		EvalFiles.writeCases(out.resolve("cases.csv"), test);
		EvalFiles.writeCases(out.resolve("dev.csv"), dev);
	}

	private static final Pattern AFQMC_IN_DEMO_DOMAIN = Pattern.compile("分期|支付|付款|付钱|买东西|购物|淘宝|退款");

	/** Bitext intents that the demo knowledge base has no entry for. */
	static final Set<String> OUT_OF_DOMAIN_INTENTS = Set.of("newsletter_subscription", "create_account", "edit_account",
			"switch_account", "review", "check_cancellation_fee");

	static final int OUT_OF_DOMAIN_PER_INTENT = 30;

	static final int OUT_OF_DOMAIN_CHINESE = 200;

	private static void write(Path out, List<EvalEntry> entries, List<EvalCase> test, List<EvalCase> dev) {
		try {
			Files.createDirectories(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		EvalFiles.writeEntries(out.resolve("kb.jsonl"), entries);
		EvalFiles.writeCases(out.resolve("cases.csv"), test);
		EvalFiles.writeCases(out.resolve("dev.csv"), dev);
	}

}
