package dev.kefu.bot.anger;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kefu.knowledge.search.QueryText;

/**
 * How a message is written, apart from what it is about: shouting, insults at the bot,
 * questions, saying it is asked again, losing patience, and the same words sent again.
 */
public final class WritingSignals {

	private static final Pattern EXCLAMATIONS = Pattern.compile("[!！]{3,}|[!！?？]{4,}|[?？]{3,}|([!！][?？]|[?？][!！]){2,}");

	private static final int MIN_LETTERS_FOR_CAPITALS = 8;

	private static final Pattern INSULT_TO_BOT = Pattern
		.compile("((破|烂|笨|蠢|傻|白痴|智障|废柴|垃圾|什么)(的)?(机器人|机械人|ai|bot|系统)|人工智障|"
				+ "(机器人|机械人|bot).{0,4}(听不懂|答非所问|复读|废物|智障|白痴|蠢|笨)|on9 ?bot|"
				+ "(stupid|dumb|useless|brainless|idiot|worthless|pathetic|garbage|broken) (ai|bot|robot|chatbot|machine)|"
				+ "(bot|robot|chatbot) (is )?(useless|stupid|dumb|broken))");

	private static final Pattern QUESTION = Pattern
		.compile("(吗|么|嘛|咩|呢|[?？])[\\s~。.!！]*$|" + "^(请问|可以|可不可以|能不能|能否|会不会|是不是|有没有|有冇|可唔可以|点样|怎么|怎样|为什么|为啥|多久|几时|"
				+ "(how|what|when|where|which|who|why|can|could|do|does|is|are|will|would|should|any)\\b)");

	private static final Pattern REPORTS = Pattern.compile("(了|咗|过了|完|之后|以后|后来|已经|结果|刚才|刚刚|昨天|昨晚|今天|收到|用了|吃了|"
			+ "\\b(got|gave|came|was|were|has been|have been|had|made|broke|caught|left|arrived|received|after|since|"
			+ "yesterday|last night|now|still|started|turned|\\w+ed)\\b)");

	private static final Pattern ASKS_BEFORE = Pattern.compile("(能用吗|可以用吗|能不能用|可不可以用|用得了吗|适合|适用|几岁|孕妇|哺乳期|敏感肌|"
			+ "有没有|有冇|含不含|含有|是不是真|会不会|会唔会|能不能|可以.{0,12}吗|能.{0,10}吗|可唔可以|得唔得|用唔用得|使唔使|"
			+ "怎么|点样|点解|多久|几耐|几时|多少|哪里|边度|哪个|咩|请问|"
			+ "^(how|what|which|when|where|can|could|do|does|is|are|will|would|should|any)\\b|safe for|before i (order|buy)|"
			+ "checking before|recommend|in stock|do you (have|sell|ship|accept|offer|do|store|share))");

	private static final Pattern PLAYS_DOWN = Pattern.compile("(没事|沒事|没关系|沒關係|不要紧|冇事|唔紧要|算了|算啦|没问题|也还行|还可以|"
			+ "不过东西没事|东西没事|懒得退|就这样吧|哈哈|笑死|😂|🤣|"
			+ "no big deal|no worries|it'?s fine|all good|not a problem|oh well|\\blol\\b|\\bhaha|just letting you know|"
			+ "i'?ll (wait|air it out)|no rush)");

	private static final Pattern ASKED_AGAIN = Pattern
		.compile("(第(三|四|五|六|n|几|3|4|5|6)(次|遍|回)|(问|说|讲|发)了?(三|四|五|好几|多少|几|n|3|4|5)(次|遍)|"
				+ "(说|讲|问)了多少(次|遍)|问极|讲极|问咗几多次|又问|再问一次|一遍遍|一直问|"
				+ "(third|fourth|fifth|3rd|4th|5th) time|asked (you )?(twice|three times|again|already|before)|"
				+ "how many times|asking again|ask(ed)? .{0,10}again|keep asking|i already (asked|said|told))");

	private static final Pattern LOSING_PATIENCE = Pattern.compile("(受够|受不了|忍不了|越来越|越讲越|越说越|越问越|烦了|烦死|不耐烦|很不爽|真的不爽|"
			+ "很生气|真的生气|好火|火滚|嬲|失望透|越来越失望|耐心(已经)?(没|用完|耗尽)|没耐心|"
			+ "fed up|losing (my )?patience|lost (my )?patience|really annoyed|getting annoyed|annoyed now|so annoyed|"
			+ "frustrated|had enough|sick of|tired of|getting ridiculous|really upset|upset now|furious)");

	private WritingSignals() {
	}

	/**
	 * The signals of one message.
	 * @param query the message
	 * @param earlierShopperTexts the shopper's previous messages in the conversation,
	 * newest first
	 * @return the signals found
	 */
	public static Set<Signal> signals(QueryText query, List<String> earlierShopperTexts) {
		Set<Signal> found = EnumSet.noneOf(Signal.class);
		String text = query.original();
		String words = query.normalized();
		if (EXCLAMATIONS.matcher(text).find() || inCapitals(text)) {
			found.add(Signal.SHOUTING);
		}
		if (INSULT_TO_BOT.matcher(words).find()) {
			found.add(Signal.INSULT_TO_BOT);
			found.add(Signal.INSULT);
		}
		if (QUESTION.matcher(words).find()) {
			found.add(Signal.QUESTION);
		}
		if (ASKS_BEFORE.matcher(words).find()) {
			found.add(Signal.ASKS_BEFORE);
		}
		if (PLAYS_DOWN.matcher(words).find()) {
			found.add(Signal.PLAYS_DOWN);
		}
		if (REPORTS.matcher(words).find()) {
			found.add(Signal.REPORTS);
		}
		if (ASKED_AGAIN.matcher(words).find()) {
			found.add(Signal.SAYS_ASKED_AGAIN);
		}
		if (LOSING_PATIENCE.matcher(words).find()) {
			found.add(Signal.LOSING_PATIENCE);
		}
		String squeezed = squeeze(text);
		if (squeezed.length() >= 2
				&& earlierShopperTexts.stream().limit(3).map(WritingSignals::squeeze).anyMatch(squeezed::equals)) {
			found.add(Signal.SAME_WORDS);
		}
		return found;
	}

	/**
	 * Whether a message is written in capitals (English shouting).
	 * @param text the message
	 * @return true for at least eight Latin letters, nearly all of them capitals
	 */
	public static boolean inCapitals(String text) {
		long letters = text.chars().filter(Character::isLetter).filter((c) -> c < 128).count();
		long upper = text.chars().filter((c) -> c < 128).filter(Character::isUpperCase).count();
		return letters >= MIN_LETTERS_FOR_CAPITALS && upper >= letters * 0.7;
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\\p{P}\\p{S}]+", "").toLowerCase(Locale.ROOT);
	}

}
