package dev.kefu.bot.anger.training;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kefu.bot.anger.Concern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes escalation files (RFC 4180, UTF-8, with a header): messages
 * ({@code text,label} and optionally {@code reasons}, {@code script}, {@code source}) and
 * conversations ({@code conversation,turn,text,label,reasons,script}). Reasons are joined
 * with {@code |} and read as a set.
 */
public final class EscalationFiles {

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private EscalationFiles() {
	}

	public static List<LabelledText> read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<LabelledText> texts = new ArrayList<>();
			for (CSVRecord row : READ.parse(reader)) {
				texts.add(new LabelledText(row.get("text"), label(file, row), reasons(file, row, "reasons"),
						optional(row, "script"), optional(row, "source")));
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	/**
	 * Whether a file holds conversations rather than single messages.
	 * @param file the file
	 * @return true when its header has a {@code conversation} column
	 */
	public static boolean holdsConversations(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return READ.parse(reader).getHeaderNames().contains("conversation");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

	public static List<Conversation> readConversations(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Map<String, List<Conversation.Turn>> turns = new LinkedHashMap<>();
			for (CSVRecord row : READ.parse(reader)) {
				turns.computeIfAbsent(row.get("conversation"), (id) -> new ArrayList<>())
					.add(new Conversation.Turn(Integer.parseInt(row.get("turn").strip()), row.get("text"),
							label(file, row), reasons(file, row, "reasons"), optional(row, "script")));
			}
			List<Conversation> conversations = new ArrayList<>();
			turns.forEach((id, list) -> conversations.add(new Conversation(id, list)));
			return conversations;
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
						.setHeader("text", "label", "reasons", "source")
						.get()
						.print(writer)) {
				for (LabelledText text : texts) {
					csv.printRecord(text.text(), text.label(),
							text.reasons().stream().sorted().map(Enum::name).collect(Collectors.joining("|")),
							text.source());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	private static int label(Path file, CSVRecord row) {
		String label = row.get("label").strip();
		if (!label.equals("0") && !label.equals("1")) {
			throw new IllegalArgumentException(
					file + " line " + row.getRecordNumber() + ": label must be 0 or 1, not '" + label + "'");
		}
		return Integer.parseInt(label);
	}

	private static Set<Concern> reasons(Path file, CSVRecord row, String column) {
		String value = optional(row, column).strip();
		Set<Concern> reasons = EnumSet.noneOf(Concern.class);
		if (value.isEmpty()) {
			return reasons;
		}
		for (String name : value.split("\\|")) {
			try {
				reasons.add(Concern.valueOf(name.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ": unknown reason '" + name
						+ "' (known: " + Arrays.toString(Concern.values()) + ")", ex);
			}
		}
		return reasons;
	}

	private static String optional(CSVRecord row, String column) {
		return row.isMapped(column) ? row.get(column) : "";
	}

}
