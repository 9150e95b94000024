package dev.kefu.bot.dialogue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;

/**
 * Asking for a satisfaction rating, and reading the answer: a digit from 1 to 5,
 * optionally with 分, 星, star(s) or the stars themselves.
 */
public final class SatisfactionAsk {

	private static final Pattern SCORE = Pattern.compile("^\\s*([1-5])\\s*(分|星|颗星|顆星|stars?|/\\s*5)?\\s*[!！.。]*\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern STARS = Pattern.compile("^\\s*(★{1,5}|⭐{1,5})\\s*$");

	private SatisfactionAsk() {
	}

	static Integer parse(String text) {
		Matcher score = SCORE.matcher(text);
		if (score.matches()) {
			return Integer.parseInt(score.group(1));
		}
		Matcher stars = STARS.matcher(text);
		return stars.matches() ? stars.group(1).codePointCount(0, stars.group(1).length()) : null;
	}

	public static BotReply ask(QueryText query) {
		List<BotReply.Button> scores = List.of(5, 4, 3, 2, 1)
			.stream()
			.map((n) -> new BotReply.Button("★".repeat(n), Integer.toString(n)))
			.toList();
		return new BotReply(Voice.say(query, "rating.ask"), null, scores);
	}

}
