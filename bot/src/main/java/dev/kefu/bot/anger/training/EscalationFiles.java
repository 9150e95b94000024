package dev.kefu.bot.anger.training;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes {@code text,label[,source]} files (RFC 4180, UTF-8, with a header).
 */
public final class EscalationFiles {

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private EscalationFiles() {
	}

	public static List<LabelledText> read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<LabelledText> texts = new ArrayList<>();
			for (CSVRecord row : READ.parse(reader)) {
				String label = row.get("label").strip();
				if (!label.equals("0") && !label.equals("1")) {
					throw new IllegalArgumentException(
							file + " line " + row.getRecordNumber() + ": label must be 0 or 1, not '" + label + "'");
				}
				String source = row.isMapped("source") ? row.get("source") : "";
				texts.add(new LabelledText(row.get("text"), Integer.parseInt(label), source));
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	public static void write(Path file, List<LabelledText> texts) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
					CSVPrinter csv = CSVFormat.RFC4180.builder()
						.setHeader("text", "label", "source")
						.get()
						.print(writer)) {
				for (LabelledText text : texts) {
					csv.printRecord(text.text(), text.label(), text.source());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

}
