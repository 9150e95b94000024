package dev.kefu.bot.anger;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The explicit cases, which need no model: a threat to go to a regulator, the press, a
 * court or the bank, and insults. Simplified and Traditional forms are both listed, since
 * shoppers from the mainland, Hong Kong and Taiwan write to the same shop.
 */
public final class AngerLexicon {

	private static final Pattern THREAT = Pattern
		.compile("(投诉|投訴|(?<!\\d)12315(?!\\d)|(?<!\\d)12345(?!\\d)|消协|消協|消基会|消基會|消委会|消委會|消保官|"
				+ "工商局|市场监管|市場監管|曝光|媒体|媒體|律师|律師|起诉|起訴|告你们|告你們|法院|报警|報警|打官司|维权|維權|拒付|"
				+ "\\blawyer|\\bsue\\b|\\bsuing\\b|legal action|small claims|chargeback|charge back|dispute (it|the charge) with my bank|"
				+ "report (you|this)|trading standards|\\bbbb\\b|consumer (protection|council|rights)|attorney)");

	private static final Pattern INSULT = Pattern.compile("(垃圾|骗子|騙子|骗人|騙人|诈骗|詐騙|坑人|坑爹|黑店|无良|無良|奸商|赖账|賴賬|耍赖|耍賴|"
			+ "傻逼|傻b|\\bsb\\b|煞笔|妈的|媽的|他妈|他媽|tmd|nmd|尼玛|尼瑪|滚|滾|去死|废物|廢物|白痴|白癡|脑残|腦殘|恶心|噁心|气死|氣死|"
			+ "\\bscam|\\bscammers?\\b|\\bfraud|rip-?off|\\bidiots?\\b|\\bstupid\\b|\\bwtf\\b|\\bfuck|\\bshit|\\bcrap\\b|"
			+ "\\bpathetic\\b|\\bdisgusting\\b|\\bridiculous\\b|\\bunacceptable\\b|\\bworst\\b|\\bincompetent\\b|\\bthieves\\b)");

	private AngerLexicon() {
	}

	/**
	 * The explicit signals in a text.
	 * @param text what the shopper wrote
	 * @return {@link AngerSignal#THREAT} and {@link AngerSignal#INSULT}, as found
	 */
	public static Set<AngerSignal> signals(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<AngerSignal> found = EnumSet.noneOf(AngerSignal.class);
		if (THREAT.matcher(lower).find()) {
			found.add(AngerSignal.THREAT);
		}
		if (INSULT.matcher(lower).find()) {
			found.add(AngerSignal.INSULT);
		}
		return found;
	}

}
