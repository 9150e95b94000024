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
 * and its regression questions, and each other demo shop's own small knowledge base
 * ({@code demo/knowledge/<id>.jsonl}). Only what is missing is added: an entry ops have
 * edited is never overwritten by a restart.
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

	private final DemoSettings settings;

	DemoKnowledgeLoader(DemoSettings settings, KnowledgeEntries entries, KnowledgeEditor editor, SynonymGroups synonyms,
			RegressionCases regressionCases) {
		this.settings = settings;
		this.entries = entries;
		this.editor = editor;
		this.synonyms = synonyms;
		this.regressionCases = regressionCases;
	}

	@Override
	public void run(ApplicationArguments args) {
		String main = this.settings.shopId();
		load(main, "demo/knowledge-base.jsonl");
		if (this.synonyms.all(main).isEmpty()) {
			SYNONYMS.forEach((group) -> this.synonyms.create(main, group, "demo"));
		}
		if (this.regressionCases.all(main).isEmpty()) {
			// A third column says why a case is known to fail until its entry is fixed.
			readCases().forEach(
					(row) -> this.regressionCases.save(main, row.get(0), "NONE".equals(row.get(1)) ? null : row.get(1),
							"demo", "demo", null, (row.isSet("known_failure") && !row.get("known_failure").isBlank())
									? row.get("known_failure") : null));
		}
		// Every other demo shop has a small knowledge base of its own, so that a newcomer
		// sees that one shop's answers are not another's.
		for (DemoSettings.DemoShop shop : this.settings.otherShops()) {
			String file = "demo/knowledge/" + shop.id() + ".jsonl";
			if (new ClassPathResource(file).exists()) {
				load(shop.id(), file);
			}
		}
	}

	private void load(String shopId, String file) {
		List<EntryDocument> missing = read(file).stream()
			.filter((document) -> this.entries.find(shopId, document.id()).isEmpty())
			.toList();
		if (!missing.isEmpty()) {
			var result = this.editor.importEntries(shopId, missing.stream().map(EntryDocument::toImported).toList(),
					"demo", true);
			logger.info("Loaded the demo knowledge base of {}: {} entries created, {} published", shopId,
					result.created(), result.published());
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
