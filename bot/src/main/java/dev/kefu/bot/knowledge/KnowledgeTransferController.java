package dev.kefu.bot.knowledge;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kefu.knowledge.entry.EntryFilter;
import dev.kefu.knowledge.entry.KnowledgeEditor;
import dev.kefu.knowledge.entry.KnowledgeEditor.ImportResult;
import dev.kefu.knowledge.entry.KnowledgeEntries;
import dev.kefu.knowledge.entry.KnowledgeEntry;
import dev.kefu.knowledge.transfer.EntryDocument;
import dev.kefu.knowledge.transfer.EntryFiles;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk export and import of entries as JSON Lines or CSV. An import is all or nothing:
 * one bad line and nothing changes.
 */
@RestController
@RequestMapping("/api/ops/kb")
class KnowledgeTransferController {

	static final String JSON_LINES = "application/x-ndjson";

	private final KnowledgeEntries entries;

	private final KnowledgeEditor editor;

	private final StaffShops shops;

	KnowledgeTransferController(KnowledgeEntries entries, KnowledgeEditor editor, StaffShops shops) {
		this.shops = shops;
		this.entries = entries;
		this.editor = editor;
	}

	@GetMapping("/export")
	ResponseEntity<String> export(@RequestParam(defaultValue = "jsonl") FileFormat format, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		List<EntryDocument> documents = allLatest(shopId);
		boolean csv = format == FileFormat.csv;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"knowledge-base-" + shopId + "." + (csv ? "csv" : "jsonl") + "\"")
			.contentType(
					csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType(JSON_LINES))
			.body(csv ? EntryFiles.writeCsv(documents) : EntryFiles.writeJsonLines(documents));
	}

	@PostMapping(path = "/import", consumes = { JSON_LINES, "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ImportResult importEntries(@RequestBody String body, @RequestParam(defaultValue = "jsonl") FileFormat format,
			@RequestParam(defaultValue = "false") boolean publish, Authentication staff,
			@RequestParam(name = "shop", required = false) String shop) {
		String shopId = this.shops.forOps(staff, shop);
		List<EntryDocument> documents = (format == FileFormat.csv) ? EntryFiles.readCsv(body)
				: EntryFiles.readJsonLines(new StringReader(body));
		return this.editor.importEntries(shopId, documents.stream().map(EntryDocument::toImported).toList(),
				staff.getName(), publish);
	}

	/** The file formats entries are exported and imported in. */
	enum FileFormat {

		/** One JSON object per line. */
		jsonl,

		/** Comma-separated values with a header row. */
		csv

	}

	private List<EntryDocument> allLatest(String shopId) {
		List<EntryDocument> all = new ArrayList<>();
		int offset = 0;
		List<KnowledgeEntry> page;
		do {
			page = this.entries.list(shopId, new EntryFilter(null, null, null, null, 500, offset));
			page.forEach((entry) -> all.add(EntryDocument.of(entry.latest())));
			offset += page.size();
		}
		while (page.size() == 500);
		all.sort(Comparator.comparing(EntryDocument::id));
		return all;
	}

}
