package dev.kefu.bot.conversation;

import java.util.List;
import java.util.Set;

import dev.kefu.bot.words.Voice;
import dev.kefu.knowledge.search.QueryText;
import dev.kefu.returns.evidence.checks.MetadataFact;
import dev.kefu.returns.evidence.checks.PhotoProblem;

/**
 * What the bot says when a photo cannot count as evidence: what was wrong and what would
 * help, in the shopper's language and script.
 */
public final class PhotoAdvice {

	private PhotoAdvice() {
	}

	/**
	 * Asks for a clearer photo.
	 * @param problems what the checks found (not empty)
	 * @param language the shopper's language and script
	 * @return one sentence or two
	 */
	public static String retake(Set<PhotoProblem> problems, QueryText language) {
		List<PhotoProblem> ordered = problems.stream().sorted().toList();
		String found = String.join(Voice.say(language, "format.clauses"),
				ordered.stream().map((p) -> Voice.say(language, key(p))).toList());
		return Voice.say(language, "photo.retake", found);
	}

	/**
	 * What staff read for a problem.
	 * @param problem the problem
	 * @return the words, in Chinese and English
	 */
	public static String[] label(PhotoProblem problem) {
		return switch (problem) {
			case TOO_SMALL -> new String[] { "照片太小", "Too small" };
			case BLURRED -> new String[] { "照片模糊", "Blurred" };
			case TOO_DARK -> new String[] { "照片太暗", "Too dark" };
			case TOO_BRIGHT -> new String[] { "照片过曝", "Overexposed" };
		};
	}

	/**
	 * What staff read for a metadata fact (a fact, never proof).
	 * @param fact the fact
	 * @return the words, in Chinese and English
	 */
	public static String[] label(MetadataFact fact) {
		return switch (fact) {
			case CAPTURED_BEFORE_DELIVERY ->
				new String[] { "照片信息显示拍摄于签收之前", "Its data says it was taken before the delivery" };
			case EDITING_SOFTWARE -> new String[] { "照片经过修图软件保存", "Last saved by a photo editor" };
			case NO_CAMERA_METADATA ->
				new String[] { "照片没有相机信息（可能被聊天软件去除，或是截图）", "No camera data (stripped by a chat app, or a screenshot)" };
		};
	}

	private static String key(PhotoProblem problem) {
		return switch (problem) {
			case TOO_SMALL -> "photo.problem.too-small";
			case BLURRED -> "photo.problem.blurred";
			case TOO_DARK -> "photo.problem.too-dark";
			case TOO_BRIGHT -> "photo.problem.too-bright";
		};
	}

}
