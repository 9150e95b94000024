package dev.kefu.knowledge.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The converters on the real public datasets in {@code ../shared/datasets} (beside the
 * project, as on CI). Checks the protocol: sizes, ids that resolve, and no test question
 * reused for calibration.
 */
class DatasetConvertersTests {

	static final Path DATASETS = Path.of("../../shared/datasets").toAbsolutePath().normalize();

	@BeforeAll
	static void datasetsArePresent() {
		Assumptions.assumeTrue(Files.isDirectory(DATASETS) || "true".equals(System.getenv("CI")),
				"the shared datasets are not beside the project");
	}

	@Test
	void convertsBitextIntoOneEntryPerIntentAndTheSeparateUtteranceFileAsTests(@TempDir Path out) {
		DatasetConverters.bitext(DATASETS, out);
		List<EvalEntry> entries = EvalFiles.readEntries(out.resolve("kb.jsonl"));
		List<EvalCase> test = EvalFiles.readCases(out.resolve("cases.csv"));
		List<EvalCase> dev = EvalFiles.readCases(out.resolve("dev.csv"));
		assertThat(entries).hasSize(27);
		assertThat(entries).allSatisfy(
				(e) -> assertThat(e.alternatives().size() + 1).isBetween(100, DatasetConverters.BITEXT_PHRASINGS));
		assertThat(test).hasSize(21_534);
		assertThat(dev).hasSize(27 * DatasetConverters.BITEXT_DEV_PER_INTENT);
		Set<String> ids = entries.stream().map(EvalEntry::id).collect(Collectors.toSet());
		assertThat(test).allSatisfy((c) -> assertThat(ids).contains(c.expected()));
		Set<String> kbPhrasings = entries.stream()
			.flatMap((e) -> Stream.concat(Stream.of(e.question()), e.alternatives().stream()))
			.collect(Collectors.toSet());
		assertThat(dev).noneMatch((c) -> kbPhrasings.contains(c.query()));
	}

	@Test
	void convertsTheEcommerceFaqWithBothParaphraseGenerations(@TempDir Path out) {
		DatasetConverters.ecommerceFaq(DATASETS, out);
		List<EvalEntry> entries = EvalFiles.readEntries(out.resolve("kb.jsonl"));
		Set<String> ids = entries.stream().map(EvalEntry::id).collect(Collectors.toSet());
		assertThat(entries).hasSize(79);
		assertThat(EvalFiles.readCases(out.resolve("cases.csv"))).hasSize(395)
			.allSatisfy((c) -> assertThat(ids).contains(c.expected()));
		assertThat(EvalFiles.readCases(out.resolve("dev.csv"))).hasSize(395)
			.allSatisfy((c) -> assertThat(ids).contains(c.expected()));
	}

	@Test
	void convertsAfqmcPositivePairsIntoRetrievalCasesSplitByIndex(@TempDir Path out) {
		DatasetConverters.afqmc(DATASETS, out);
		List<EvalEntry> entries = EvalFiles.readEntries(out.resolve("kb.jsonl"));
		List<EvalCase> test = EvalFiles.readCases(out.resolve("cases.csv"));
		List<EvalCase> dev = EvalFiles.readCases(out.resolve("dev.csv"));
		assertThat(entries).allSatisfy((e) -> assertThat(e.language()).isEqualTo("zh"));
		assertThat(entries.size()).isBetween(4_000, 4_316);
		assertThat(test.size() + dev.size()).isLessThanOrEqualTo(1_338).isGreaterThan(1_300);
		assertThat(test).doesNotContainAnyElementsOf(dev);
	}

}
