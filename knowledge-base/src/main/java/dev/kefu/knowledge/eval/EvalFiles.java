package dev.kefu.knowledge.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the eval command's files: KB.jsonl and CASES.csv
 * ({@code query,expected}).
 */
public final class EvalFiles {

	private static final CSVFormat CASES = CSVFormat.RFC4180.builder()
		.setHeader("query", "expected")
		.setSkipHeaderRecord(true)
		.get();

	private EvalFiles() {
	}

	public static List<EvalEntry> readEntries(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<EvalEntry> entries = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank()) {
					try {
						entries.add(EvalJson.MAPPER.readValue(line, EvalEntry.class));
					}
					catch (IOException | RuntimeException ex) {
						throw new IllegalArgumentException(
								file + " line " + number + ": not a KB entry: " + ex.getMessage(), ex);
					}
				}
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	public static void writeEntries(Path file, List<EvalEntry> entries) {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (EvalEntry entry : entries) {
				writer.write(EvalJson.MAPPER.writeValueAsString(entry));
				writer.newLine();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	public static List<EvalCase> readCases(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<EvalCase> cases = new ArrayList<>();
			for (CSVRecord row : CASES.parse(reader)) {
				if (row.size() < 2) {
					throw new IllegalArgumentException(
							file + " line " + row.getRecordNumber() + ": expected query,expected");
				}
				cases.add(new EvalCase(row.get(0), row.get(1).strip()));
			}
			return cases;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	public static void writeCases(Path file, List<EvalCase> cases) {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.RFC4180.builder().setHeader("query", "expected").get())) {
			for (EvalCase evalCase : cases) {
				printer.printRecord(evalCase.query(), evalCase.expectedOrNone());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	/**
	 * Reads a CSV file with a header row, skipping a leading byte-order mark (some of the
	 * public datasets start with one).
	 * @param file the file
	 * @return its records
	 */
	public static List<CSVRecord> readRecords(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
