package dev.kefu.bot.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.kefu.knowledge.entry.KnowledgeEditor;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.regression.RegressionCases;
import dev.kefu.knowledge.synonyms.SynonymGroups;
import dev.kefu.knowledge.transfer.EntryDocument;
import dev.kefu.knowledge.transfer.EntryFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo shop's knowledge base (156 entries, Chinese and English), its synonyms
 * and its regression questions. Only what is missing is added: an entry ops have edited
 * is never overwritten by a restart.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kefu.demo.enabled", havingValue = "true")
class DemoKnowledgeLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoKnowledgeLoader.class);

	private static final List<List<String>> SYNONYMS = List.of(List.of("退款", "退钱", "refund", "money back"),
			List.of("快递", "物流", "包裹", "parcel", "package", "delivery"), List.of("尺码", "码数", "size"),
			List.of("优惠券", "券", "coupon", "voucher"), List.of("人工", "真人", "agent", "human"));

	private final KnowledgeEntries entries;

	private final KnowledgeEditor editor;

	private final SynonymGroups synonyms;

	private final RegressionCases regressionCases;

	DemoKnowledgeLoader(KnowledgeEntries entries, KnowledgeEditor editor, SynonymGroups synonyms,
			RegressionCases regressionCases) {
		this.entries = entries;
		this.editor = editor;
		this.synonyms = synonyms;
		this.regressionCases = regressionCases;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<EntryDocument> missing = read("demo/knowledge-base.jsonl").stream()
			.filter((document) -> this.entries.find(document.id()).isEmpty())
			.toList();
		if (!missing.isEmpty()) {
			var result = this.editor.importEntries(missing.stream().map(EntryDocument::toImported).toList(), "demo",
					true);
			logger.info("Loaded the demo knowledge base: {} entries created, {} published", result.created(),
					result.published());
		}
		if (this.synonyms.all().isEmpty()) {
			SYNONYMS.forEach((group) -> this.synonyms.create(group, "demo"));
		}
		if (this.regressionCases.all().isEmpty()) {
			// A third column says why a case is known to fail until its entry is fixed.
			readCases()
				.forEach((row) -> this.regressionCases.save(row.get(0), "NONE".equals(row.get(1)) ? null : row.get(1),
						"demo", "demo", null, (row.isSet("known_failure") && !row.get("known_failure").isBlank())
								? row.get("known_failure") : null));
		}
	}

	private static List<EntryDocument> read(String resource) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			return EntryFiles.readJsonLines(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<CSVRecord> readCases() {
		try (Reader reader = new InputStreamReader(new ClassPathResource("demo/regression-cases.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
