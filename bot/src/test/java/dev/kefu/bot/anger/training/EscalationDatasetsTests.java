package dev.kefu.bot.anger.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kefu.knowledge.language.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The converter on the real public datasets in {@code ../shared/datasets}: the protocol
 * (every source present, both labels in both languages, no test text trained or tuned on,
 * the reviews kept out of training).
 */
class EscalationDatasetsTests {

	static final Path DATASETS = Path.of("../../shared/datasets").toAbsolutePath().normalize();

	@BeforeAll
	static void datasetsArePresent() {
		Assumptions.assumeTrue(Files.isDirectory(DATASETS) || "true".equals(System.getenv("CI")),
				"the shared datasets are not beside the project");
	}

	@Test
	void keepsEachDatasetsSplitsApartAndNeverTrainsOnATestText(@TempDir Path out) {
		List<Integer> sizes = EscalationDatasets.convert(DATASETS, out);
		List<LabelledText> train = EscalationFiles.read(out.resolve("train.csv"));
		List<LabelledText> dev = EscalationFiles.read(out.resolve("dev.csv"));
		List<LabelledText> test = EscalationFiles.read(out.resolve("test.csv"));
		assertThat(List.of(train.size(), dev.size(), test.size())).isEqualTo(sizes);
		assertThat(sources(test)).containsExactlyInAnyOrder("smp2020-usual", "smp2020-virus", "goemotions",
				"online-shopping", "bitext");
		// The ECD Taobao sample is left to the outside check of the bot, never trained
		// on.
		assertThat(sources(train)).doesNotContain("online-shopping", "ecd-taobao")
			.contains("online-shopping-complaint", "smp2020-usual", "smp2020-virus", "goemotions", "bitext", "afqmc");
		for (Language language : Language.values()) {
			assertThat(train).filteredOn((t) -> Language.detect(t.text()) == language)
				.extracting(LabelledText::label)
				.as("both labels in " + language)
				.contains(0, 1);
		}
		Set<String> tested = test.stream().map(LabelledText::text).collect(Collectors.toSet());
		assertThat(Stream.concat(train.stream(), dev.stream()).map(LabelledText::text)).noneMatch(tested::contains);
		assertThat(test).filteredOn((t) -> t.source().equals("bitext") && t.positive()).hasSize(1_772);
	}

	private static Set<String> sources(List<LabelledText> texts) {
		return texts.stream().map(LabelledText::source).collect(Collectors.toSet());
	}

}
