package dev.kefu.knowledge.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes entries as JSON Lines or CSV. In CSV, list columns separate their
 * values with {@code |}. A malformed line is reported with its number; nothing is
 * imported from a file that has one.
 */
public final class EntryFiles {

	/** Most entries one file may hold. */
	public static final int MAX_ENTRIES = 20_000;

	private static final String[] COLUMNS = { "id", "question", "alternatives", "answer", "language", "category",
			"tags", "scope_categories", "scope_skus", "valid_from", "valid_to", "required_terms" };

	// A static utility (import, export, the demo's entries), so a mapper of its own.
	private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		// A misspelt field must not be dropped without a word: ops would lose an answer.
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
		.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
		.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);

	private EntryFiles() {
	}

	public static List<EntryDocument> readJsonLines(Reader source) {
		List<EntryDocument> documents = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(source)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				try {
					documents.add(json.readValue(line, EntryDocument.class));
				}
				catch (IOException ex) {
					throw new MalformedEntryFile(number, "not a JSON entry object");
				}
				limit(documents);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	public static String writeJsonLines(List<EntryDocument> documents) {
		StringBuilder out = new StringBuilder();
		for (EntryDocument document : documents) {
			try {
				out.append(json.writeValueAsString(document)).append('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out.toString();
	}

	public static List<EntryDocument> readCsv(String text) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<EntryDocument> documents = new ArrayList<>();
		try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
			for (CSVRecord row : format.parse(reader)) {
				int line = (int) row.getRecordNumber() + 1;
				if (!row.isConsistent() || !row.isMapped("id") || !row.isMapped("question")) {
					throw new MalformedEntryFile(line, "expected the columns " + String.join(",", COLUMNS));
				}
				try {
					documents.add(new EntryDocument(row.get("id"), row.get("question"), list(row, "alternatives"),
							row.get("answer"), row.get("language"), row.get("category"), set(row, "tags"),
							set(row, "scope_categories"), set(row, "scope_skus"), instant(row, "valid_from"),
							instant(row, "valid_to"), set(row, "required_terms")));
				}
				catch (RuntimeException ex) {
					throw new MalformedEntryFile(line, ex.getMessage());
				}
				limit(documents);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MalformedEntryFile(0, "not readable as CSV");
		}
		return documents;
	}

	public static String writeCsv(List<EntryDocument> documents) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
			for (EntryDocument d : documents) {
				printer.printRecord(d.id(), d.question(), String.join(" | ", d.alternatives()), d.answer(),
						d.language(), d.category(), String.join(" | ", d.tags()),
						String.join(" | ", d.scopeCategories()), String.join(" | ", d.scopeSkus()),
						(d.validFrom() != null) ? d.validFrom().toString() : "",
						(d.validTo() != null) ? d.validTo().toString() : "",
						String.join(" | ", (d.requiredTerms() != null) ? d.requiredTerms() : Set.of()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void limit(List<EntryDocument> documents) {
		if (documents.size() > MAX_ENTRIES) {
			throw new MalformedEntryFile(documents.size(), "more than " + MAX_ENTRIES + " entries in one file");
		}
	}

	private static List<String> list(CSVRecord row, String column) {
		if (!row.isMapped(column) || row.get(column).isBlank()) {
			return List.of();
		}
		return Arrays.stream(row.get(column).split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static Set<String> set(CSVRecord row, String column) {
		return new LinkedHashSet<>(list(row, column));
	}

	private static Instant instant(CSVRecord row, String column) {
		return (row.isMapped(column) && !row.get(column).isBlank()) ? Instant.parse(row.get(column).strip()) : null;
	}

	/**
	 * A file that cannot be imported, and where.
	 */
	public static class MalformedEntryFile extends IllegalArgumentException {

		private final int line;

		public MalformedEntryFile(int line, String problem) {
			super(((line > 0) ? "line " + line + ": " : "") + problem);
			this.line = line;
		}

		public int line() {
			return this.line;
		}

	}

}
