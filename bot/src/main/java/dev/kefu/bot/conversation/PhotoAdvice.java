package dev.kefu.bot.conversation;

import java.util.List;
import java.util.Set;

import dev.kefu.bot.dialogue.Phrases;
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
		String zh = String.join("，", ordered.stream().map(PhotoAdvice::zh).toList());
		String en = String.join(" ", ordered.stream().map(PhotoAdvice::en).toList());
		return Phrases.say(language, "这张照片看不清问题：" + zh + "。请再拍一张清楚的照片发给我，问题部位拍近一点。",
				"I can't see the problem well in this photo: " + en
						+ " Please send a clearer one, close up on the problem.");
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

	private static String zh(PhotoProblem problem) {
		return switch (problem) {
			case TOO_SMALL -> "照片太小（分辨率太低）";
			case BLURRED -> "照片模糊，可能没对焦或手抖了";
			case TOO_DARK -> "照片太暗，请开灯或到亮一点的地方拍";
			case TOO_BRIGHT -> "照片太亮（曝光过度），请避开强光或闪光灯";
		};
	}

	private static String en(PhotoProblem problem) {
		return switch (problem) {
			case TOO_SMALL -> "it is too small (too few pixels).";
			case BLURRED -> "it is blurred, perhaps out of focus or shaken.";
			case TOO_DARK -> "it is too dark; please turn on a light or move somewhere brighter.";
			case TOO_BRIGHT -> "it is too bright (overexposed); please avoid direct light or the flash.";
		};
	}

}
