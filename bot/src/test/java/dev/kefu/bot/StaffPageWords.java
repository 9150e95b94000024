package dev.kefu.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kefu.bot.conversation.Sender;
import dev.kefu.bot.dialogue.Intent;
import dev.kefu.bot.escalation.EscalationReason;
import dev.kefu.bot.escalation.EscalationStatus;
import dev.kefu.bot.staff.StaffRole;
import dev.kefu.knowledge.entry.EntryStatus;
import dev.kefu.knowledge.search.Verdict;
import dev.kefu.returns.approval.Outcome;
import dev.kefu.returns.cases.Actor;
import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import dev.kefu.returns.cases.ReturnReason;
import dev.kefu.returns.cases.StaffAction;
import dev.kefu.returns.orders.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the staff pages must never show: the names of the enums they display as words
 * (case states, kinds, reasons, outcomes, actors, events, roles, escalation reasons and
 * statuses, senders, order and entry statuses, verdicts, intents), and keys of their
 * dictionaries instead of the words.
 */
public final class StaffPageWords {

	/**
	 * Enum names a page could show raw: those of four letters or more (VIP is also the
	 * word the pages use).
	 */
	public static final Set<String> ENUM_NAMES = names(CaseState.values(), CaseKind.values(), ReturnReason.values(),
			Outcome.values(), StaffAction.values(), Actor.Type.values(), CaseEvent.values(), StaffRole.values(),
			EscalationReason.values(), EscalationStatus.values(), Sender.values(), OrderStatus.values(),
			EntryStatus.values(), Verdict.values(), Intent.values());

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");

	private StaffPageWords() {
	}

	private static Set<String> names(Enum<?>[]... enums) {
		Set<String> names = new TreeSet<>();
		Arrays.stream(enums)
			.flatMap(Arrays::stream)
			.map(Enum::name)
			.filter((name) -> name.length() >= 4 && !name.equals("VIP"))
			.forEach(names::add);
		return names;
	}

	/**
	 * The enum names a text shows as they are.
	 * @param text what a page shows
	 * @return the names found, in order
	 */
	public static List<String> enumNamesIn(String text) {
		return CODE.matcher(text).results().map((match) -> match.group()).filter(ENUM_NAMES::contains).toList();
	}

	/**
	 * Checks what the browser shows now: no enum name, no dictionary key instead of its
	 * words, no key the page asked for that its language lacks.
	 * @param browser the browser
	 * @param page which page, for the messages
	 * @return the page's text
	 */
	@SuppressWarnings("unchecked")
	public static String assertSpeaksWords(Browser browser, String page) {
		String text = browser.text();
		assertThat(enumNamesIn(text)).as(page + " shows enum names: " + text).isEmpty();
		List<String> keys = (List<String>) browser.script("return Object.keys(STAFF_WORDS.en)");
		assertThat(keys.stream().filter((key) -> key.matches("[a-zA-Z]+\\.[\\w.-]+")).filter(text::contains))
			.as(page + " shows dictionary keys")
			.isEmpty();
		assertThat((List<String>) browser.script("return [...i18n.missing]")).as(page + " asked for missing words")
			.isEmpty();
		return text;
	}

	/**
	 * The staff pages' languages, as their dictionaries are named.
	 * @return zh-Hans, zh-Hant, en
	 */
	public static Stream<String> languages() {
		return Stream.of("zh-Hans", "zh-Hant", "en");
	}

}
