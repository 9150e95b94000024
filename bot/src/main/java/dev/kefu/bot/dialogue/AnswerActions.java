package dev.kefu.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.knowledge.language.Language;
import dev.kefu.knowledge.search.QueryText;

/**
 * Actions written into answers as links ({@code [申请退货](kefu://start-return)}) become
 * quick-reply buttons: the link leaves the text, its label goes on a button whose value
 * starts the action in the answer's language and script. A shopper never reads the link.
 */
public final class AnswerActions {

	private static final Pattern ACTION = Pattern.compile("\\[([^\\]]{1,60})\\]\\(kefu://([a-z-]{1,40})\\)");

	/** What each action sends when tapped: words the dialogue reads as that request. */
	private static final Map<String, String[]> STARTS = Map.of("start-return",
			new String[] { "我要退货", "I want to return something" }, "start-exchange",
			new String[] { "我要换货", "I want to exchange it" }, "agent", new String[] { "转人工", "agent" });

	private AnswerActions() {
	}

	/**
	 * A reply with its action links turned into buttons (after the buttons it already
	 * has).
	 * @param reply the reply as the policy made it
	 * @return the reply without links, with a button per known action; an unknown action
	 * leaves its label as text
	 */
	public static BotReply apply(BotReply reply) {
		Extracted extracted = extract(reply.text());
		if (extracted.buttons().isEmpty() && extracted.text().equals(reply.text())) {
			return reply;
		}
		List<BotReply.Button> buttons = new ArrayList<>(reply.buttons());
		extracted.buttons()
			.stream()
			.filter((b) -> buttons.stream().noneMatch((known) -> known.value().equals(b.value())))
			.forEach(buttons::add);
		return new BotReply(extracted.text(), reply.entryId(), buttons);
	}

	/**
	 * A text's action links, taken out.
	 * @param text the text
	 * @return the text without them and their buttons
	 */
	public static Extracted extract(String text) {
		Matcher links = ACTION.matcher(text);
		StringBuilder rest = new StringBuilder();
		List<BotReply.Button> buttons = new ArrayList<>();
		while (links.find()) {
			String label = links.group(1);
			String[] start = STARTS.get(links.group(2));
			if (start == null) {
				links.appendReplacement(rest, Matcher.quoteReplacement(label));
				continue;
			}
			links.appendReplacement(rest, "");
			QueryText language = QueryText.of(label);
			String value = (language.language() == Language.EN) ? start[1] : language.inShopperScript(start[0]);
			if (buttons.stream().noneMatch((b) -> b.value().equals(value))) {
				buttons.add(new BotReply.Button(label, value));
			}
		}
		links.appendTail(rest);
		String cleaned = rest.toString()
			.replaceAll("[ \\t]*[:：→]?[ \\t]*(?=\\n|$)", "")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
		return new Extracted(
				cleaned.isEmpty() ? text.replaceAll("\\(kefu://[a-z-]+\\)", "").replaceAll("[\\[\\]]", "") : cleaned,
				buttons);
	}

	/**
	 * A text without its action links, and the buttons they became.
	 *
	 * @param text the text
	 * @param buttons the buttons
	 */
	public record Extracted(String text, List<BotReply.Button> buttons) {
	}

}
