package dev.kefu.bot.dialogue;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.knowledge.eval.EvalFiles;
import dev.kefu.knowledge.eval.EvalOptions;
import dev.kefu.knowledge.eval.FaqEvaluation;
import dev.kefu.knowledge.eval.ThrowawayIndex;
import dev.kefu.knowledge.search.InProcessEmbedder;
import dev.kefu.knowledge.search.KnowledgeSearch;
import dev.kefu.knowledge.search.OutOfScope;
import dev.kefu.knowledge.search.RankingMode;
import dev.kefu.knowledge.search.SearchResult;
import dev.kefu.knowledge.search.TextEmbedder;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code eval dialogue --kb KB.jsonl --cases CASES.csv [--json] [--errors N] [--trace] [--all]}:
 * reads turns as the chat does ({@link TurnReader}: the rules, then the production search
 * over a throw-away index) and counts those handled as intended, per kind and script. Two
 * kinds of file:
 * <ul>
 * <li>{@code text,intent,script}: social turns and statements; handled when read as that
 * intent (a {@code QUESTION} when it reaches the knowledge base and gets an answer or
 * close choices, or is answered from the shopper's orders and returns; not a social reply
 * or a refusal);</li>
 * <li>{@code context,query,expected,kind,script}: follow-ups (read after {@code context})
 * and two-question messages; handled when exactly the expected entries are answered
 * outright ({@code a|b} for two questions, in any order), or nothing is answered for
 * {@code NONE}. A look-up of the shopper's own parcel or return stands for the
 * {@code order-tracking-*} or {@code return-status-*} entry it replaces, cancelling their
 * return for {@code return-cancel-*}, and the hand-off to a person for
 * {@code contact-human-*}.</li>
 * </ul>
 */
public final class DialogueEvalCommand {

	/** The address-change entries, in every language. */
	private static final String ADDRESS_CHANGE = "address-change";

	private static final Set<Intent> ACTIONS = EnumSet.of(Intent.ORDER_STATUS, Intent.RETURN, Intent.EXCHANGE,
			Intent.RETURN_STATUS, Intent.RETURN_CANCEL);

	/**
	 * The entries a rule's act stands for: a look-up of the shopper's parcel or return,
	 * cancelling their return, and the hand-off to a person, which does what the
	 * how-to-reach-a-person entry tells.
	 */
	private static final Map<Intent, String> LOOK_UP_ENTRIES = Map.of(Intent.ORDER_STATUS, "order-tracking",
			Intent.RETURN_STATUS, "return-status", Intent.RETURN_CANCEL, "return-cancel", Intent.HUMAN,
			"contact-human");

	private final PrintStream out;

	public DialogueEvalCommand(PrintStream out) {
		this.out = out;
	}

	public static boolean handles(List<String> args) {
		return !args.isEmpty() && "dialogue".equals(args.get(0));
	}

	public int run(List<String> args) {
		EvalOptions options = EvalOptions.parse(args.subList(1, args.size()));
		List<CSVRecord> rows = EvalFiles.readRecords(options.path("--cases"));
		int errors = options.has("--errors") ? Integer.parseInt(options.values().get("--errors")) : 0;
		TextEmbedder embedder = new InProcessEmbedder();
		Instant now = Instant.now();
		Map<String, int[]> byGroup = new TreeMap<>();
		int[] total = new int[2];
		List<String> mistakes = new ArrayList<>();
		try (ThrowawayIndex index = ThrowawayIndex.build(EvalFiles.readEntries(options.path("--kb")), embedder)) {
			KnowledgeSearch search = FaqEvaluation.searchOver(index, embedder, RankingMode.HYBRID,
					options.calibration(), OutOfScope.builtIn(embedder));
			TurnReader reader = new TurnReader(search, SocialTurnExamples.builtIn(embedder), () -> now);
			for (CSVRecord row : rows) {
				Outcome outcome = row.isMapped("intent") ? social(reader, row) : context(reader, row);
				String script = row.isMapped("script") ? row.get("script") : "";
				for (String group : List.of(outcome.kind(), "script " + script)) {
					int[] counts = byGroup.computeIfAbsent(group, (g) -> new int[2]);
					counts[0] += outcome.handled() ? 1 : 0;
					counts[1]++;
				}
				total[0] += outcome.handled() ? 1 : 0;
				total[1]++;
				// --all lists the turns handled too, to see what a change to a rule would
				// move.
				if (!outcome.handled() || options.has("--all")) {
					mistakes.add("  " + (outcome.handled() ? "ok " : "") + outcome.kind() + ": " + outcome.text()
							+ " -> " + outcome.got()
							+ (options.has("--trace") ? "\n      " + String.join("\n      ", outcome.trace()) : ""));
				}
			}
		}
		this.out.printf(Locale.ROOT, "dialogue: %d turns, handled as intended %.3f%n", total[1], share(total));
		byGroup.forEach((group, counts) -> this.out.printf(Locale.ROOT, "  %s: %d, handled %.3f%n", group, counts[1],
				share(counts)));
		mistakes.stream().limit(errors).forEach(this.out::println);
		if (options.has("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("turns", total[1]);
			json.put("handled", share(total));
			Map<String, Object> groups = new LinkedHashMap<>();
			byGroup.forEach((group, counts) -> groups.put(group, Map.of("turns", counts[1], "handled", share(counts))));
			json.put("groups", groups);
			try {
				this.out.println(new ObjectMapper().writeValueAsString(json));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return 0;
	}

	private static Outcome social(TurnReader reader, CSVRecord row) {
		String text = row.get("text");
		String expected = row.get("intent");
		TurnReader.TurnReading reading = reader.read(text, null);
		boolean handled;
		if ("QUESTION".equals(expected)) {
			SearchResult result = reading.result();
			// A question the bot answers from the shopper's own data ("在不在 我的快递到哪了" →
			// their orders) is answered too, just not from the knowledge base.
			handled = ACTIONS.contains(reading.intent()) || (reading.intent() == Intent.FAQ
					&& (!reading.answers().isEmpty() || (result != null && !result.choices().isEmpty())));
		}
		else if (Intent.STATEMENT_ADDRESS_WRONG.name().equals(expected)) {
			// Routed to the address-change entry is what the statement is for, whether a
			// rule or the knowledge base took it there.
			handled = reading.intent().name().equals(expected)
					|| answeredIds(reading).stream().anyMatch((id) -> id.startsWith(ADDRESS_CHANGE));
		}
		else {
			handled = reading.intent().name().equals(expected);
		}
		return new Outcome(expected, text, handled, reading.intent() + " " + answeredIds(reading), reading.trace());
	}

	private static Outcome context(TurnReader reader, CSVRecord row) {
		String context = row.get("context");
		String query = row.get("query");
		Set<String> expected = new LinkedHashSet<>();
		for (String id : row.get("expected").split("\\|")) {
			if (!id.isBlank() && !"NONE".equals(id.strip())) {
				expected.add(id.strip());
			}
		}
		TurnReader.TurnReading reading = reader.read(query, context.isBlank() ? null : context);
		Set<String> answered = answeredIds(reading);
		// A look-up of the shopper's own parcel or return answers what the tracking or
		// return-status entry would, with their data; "那咋转人工" is answered by the
		// hand-off itself.
		String lookedUp = LOOK_UP_ENTRIES.get(reading.intent());
		if (lookedUp != null) {
			expected.stream().filter((id) -> id.startsWith(lookedUp)).forEach(answered::add);
		}
		boolean handled = expected.isEmpty()
				? answered.isEmpty() && (reading.result() == null || reading.result().choices().isEmpty())
				: answered.equals(expected);
		String kind = row.get("kind") + (expected.isEmpty() ? " NONE" : "");
		return new Outcome(kind, (context.isBlank() ? "" : context + " → ") + query, handled,
				answered + " (expected " + row.get("expected") + ")", reading.trace());
	}

	private static Set<String> answeredIds(TurnReader.TurnReading reading) {
		Set<String> ids = new LinkedHashSet<>();
		reading.answers().forEach((result) -> result.best().ifPresent((m) -> ids.add(m.entryId())));
		return ids;
	}

	private static double share(int[] counts) {
		return (counts[1] == 0) ? Double.NaN : (double) counts[0] / counts[1];
	}

	private record Outcome(String kind, String text, boolean handled, String got, List<String> trace) {
	}

	/** For the usage line of the eval mode. */
	public static String usage() {
		return "       eval dialogue --kb KB.jsonl --cases SOCIAL.csv|CONTEXT.csv [--json] [--errors N] [--trace] [--all]";
	}

}
