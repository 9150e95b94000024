package dev.kefu.knowledge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.Calibration;
import dev.kefu.knowledge.search.InProcessEmbedder;
import dev.kefu.knowledge.search.IndexedEntry;
import dev.kefu.knowledge.search.KnowledgeAnalyzers;
import dev.kefu.knowledge.search.KnowledgeIndex;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.SearchRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.store.MMapDirectory;

/**
 * Search latency over a 10,000-entry knowledge base of real shopper questions (AFQMC in
 * Chinese, Bitext in English), on this machine: the full hybrid search (embedding
 * included) beside the bare BM25 query and the bare embedding call, measured in the same
 * run. Also index rebuild time and memory. Prints a Markdown table for
 * docs/benchmarks.md. Not a test: run with
 * {@code ./mvnw -Dbench=knowledge-base -pl knowledge-base -am test-compile exec:exec}.
 */
public final class KnowledgeSearchBenchmark {

	private static final int ENTRIES = 10_000;

	private static final int WARMUP = 500;

	private static final int QUERIES = 3_000;

	private KnowledgeSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path datasets = Path.of((args.length > 0) ? args[0] : "../shared/datasets").toAbsolutePath().normalize();
		List<String[]> texts = questions(datasets);
		List<String[]> entryTexts = texts.subList(0, ENTRIES);
		List<String[]> queryTexts = new ArrayList<>(texts.subList(ENTRIES, texts.size()));
		Collections.shuffle(queryTexts, new Random(11));

		InProcessEmbedder embedder = new InProcessEmbedder();
		long embedStart = System.nanoTime();
		List<IndexedEntry> entries = new ArrayList<>(ENTRIES);
		for (Language language : Language.values()) {
			List<String[]> ofLanguage = entryTexts.stream().filter((t) -> t[0].equals(language.code())).toList();
			List<String> normalized = ofLanguage.stream().map((t) -> QueryText.normalize(t[1], language)).toList();
			List<float[]> vectors = new ArrayList<>();
			for (int i = 0; i < normalized.size(); i += 256) {
				vectors
					.addAll(embedder.embedAll(language, normalized.subList(i, Math.min(normalized.size(), i + 256))));
			}
			for (int i = 0; i < normalized.size(); i++) {
				entries.add(new IndexedEntry(language.code() + "-" + i, language, List.of(normalized.get(i)),
						List.of(vectors.get(i)), Set.of(), Set.of(), null, null, List.of()));
			}
		}
		double embedSeconds = (System.nanoTime() - embedStart) / 1e9;

		Path directory = Files.createTempDirectory("kefu-bench-index-");
		KnowledgeAnalyzers analyzers = new KnowledgeAnalyzers();
		try (KnowledgeIndex index = new KnowledgeIndex(new MMapDirectory(directory), analyzers)) {
			long rebuildStart = System.nanoTime();
			index.replaceAll(entries);
			index.commit(1);
			double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;

			OutOfScope outOfScope = OutOfScope.builtIn(embedder);
			KnowledgeSearch hybrid = new KnowledgeSearch(index, analyzers, embedder, RankingMode.HYBRID,
					KnowledgeSearch.DEFAULT_LEXICAL_WEIGHT, Calibration.DEFAULT, outOfScope);
			KnowledgeSearch bm25 = new KnowledgeSearch(index, analyzers, embedder, RankingMode.BM25,
					KnowledgeSearch.DEFAULT_LEXICAL_WEIGHT, Calibration.DEFAULT, outOfScope);
			Instant now = Instant.now();
			for (int i = 0; i < WARMUP; i++) {
				String[] q = queryTexts.get(i % queryTexts.size());
				hybrid.search(SearchRequest.of(q[1], now));
				bm25.search(SearchRequest.of(q[1], now));
			}
			long[] hybridNanos = new long[QUERIES];
			long[] bm25Nanos = new long[QUERIES];
			long[] embedNanos = new long[QUERIES];
			for (int i = 0; i < QUERIES; i++) {
				String[] q = queryTexts.get((WARMUP + i) % queryTexts.size());
				Language language = Language.fromCode(q[0]);
				long t0 = System.nanoTime();
				bm25.search(SearchRequest.of(q[1], now));
				long t1 = System.nanoTime();
				embedder.embed(language, QueryText.normalize(q[1], language));
				long t2 = System.nanoTime();
				hybrid.search(SearchRequest.of(q[1], now));
				long t3 = System.nanoTime();
				bm25Nanos[i] = t1 - t0;
				embedNanos[i] = t2 - t1;
				hybridNanos[i] = t3 - t2;
			}
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			print(embedSeconds, rebuildSeconds, hybridNanos, bm25Nanos, embedNanos, heap);
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(Collections.reverseOrder()).forEach((f) -> f.toFile().delete());
			}
		}
	}

	private static void print(double embedSeconds, double rebuildSeconds, long[] hybrid, long[] bm25, long[] embed,
			long heap) throws IOException {
		Arrays.sort(hybrid);
		Arrays.sort(bm25);
		Arrays.sort(embed);
		String rss = Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS"))
			.findFirst()
			.orElse("VmRSS: ?")
			.replaceAll("\\s+", " ");
		System.out.printf(Locale.ROOT, "| measurement | p50 ms | p99 ms |%n|---|---|---|%n");
		System.out.printf(Locale.ROOT, "| full hybrid search (embedding included) | %.2f | %.2f |%n", ms(hybrid, .5),
				ms(hybrid, .99));
		System.out.printf(Locale.ROOT, "| bare BM25 query (baseline) | %.2f | %.2f |%n", ms(bm25, .5), ms(bm25, .99));
		System.out.printf(Locale.ROOT, "| bare query embedding | %.2f | %.2f |%n", ms(embed, .5), ms(embed, .99));
		System.out.printf(Locale.ROOT, "hybrid / BM25 p50 ratio %.1f; hybrid minus embedding p50 %.2f ms%n",
				ms(hybrid, .5) / ms(bm25, .5), ms(hybrid, .5) - ms(embed, .5));
		System.out.printf(Locale.ROOT,
				"entries %d, queries %d (after %d warm-up); embedding all entries %.1f s (%.0f/s); "
						+ "index rebuild from stored vectors %.2f s; heap after GC %d MB; %s%n",
				ENTRIES, QUERIES, WARMUP, embedSeconds, ENTRIES / embedSeconds, rebuildSeconds, heap / 1_048_576, rss);
	}

	private static double ms(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	/**
	 * Distinct real questions, Chinese (AFQMC) and English (Bitext) alternating:
	 * {language, text}.
	 */
	private static List<String[]> questions(Path datasets) throws IOException {
		ObjectMapper json = new ObjectMapper();
		LinkedHashSet<String> chinese = new LinkedHashSet<>();
		for (String line : Files.readAllLines(datasets.resolve("afqmc/dev.jsonl"), StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				JsonNode pair = json.readTree(line);
				chinese.add(pair.get("sentence1").asText());
				chinese.add(pair.get("sentence2").asText());
			}
		}
		LinkedHashSet<String> english = new LinkedHashSet<>();
		try (var reader = Files.newBufferedReader(datasets.resolve("bitext_customer_support/bitext_20k_utterances.csv"),
				StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				english.add(row.get("utterance"));
			}
		}
		List<String> zh = new ArrayList<>(chinese);
		List<String> en = new ArrayList<>(english);
		List<String[]> mixed = new ArrayList<>();
		for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
			if (i < zh.size()) {
				mixed.add(new String[] { "zh", zh.get(i) });
			}
			if (i < en.size()) {
				mixed.add(new String[] { "en", en.get(i) });
			}
		}
		return mixed;
	}

}
