package dev.kefu.bot.words;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Stream;

import dev.kefu.knowledge.language.ChineseScript;
import dev.kefu.knowledge.search.QueryText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The bundles are one catalogue: every key in Simplified Chinese and English, Traditional
 * written or derived, the same parts in every language, and no sentence left in Java.
 */
class BotWordsCatalogueTests {

	private final BotWords words = BotWords.bundled();

	@Test
	void everyKeyIsWrittenInSimplifiedChineseAndEnglish() {
		assertThat(this.words.keys()).hasSizeGreaterThan(150);
		for (String key : this.words.keys()) {
			assertThat(this.words.written(key, Tongue.ZH_HANS)).as(key).isPresent();
			assertThat(this.words.written(key, Tongue.EN)).as(key).isPresent();
			assertThat(this.words.pattern(key, Tongue.ZH_HANT)).as(key).isNotBlank();
		}
	}

	@Test
	void everyLanguageParsesAndTakesOnlyTheKeysParts() {
		for (String key : this.words.keys()) {
			SortedSet<Integer> parts = this.words.parameters(key);
			assertThat(parts).as(key).allMatch((i) -> i >= 0 && i < 5);
			for (Tongue tongue : Tongue.values()) {
				String pattern = this.words.pattern(key, tongue);
				assertThatNoException().as(key + " " + tongue).isThrownBy(() -> new MessageFormat(pattern));
				assertThat(parts).as(key + " " + tongue).containsAll(BotWords.parametersOf(pattern));
			}
		}
	}

	@Test
	void sentencesWithoutPartsAreTheSameInEveryLanguageButForTheirParts() {
		// A sentence that has parts in one language and none in another lost a part.
		for (String key : this.words.keys()) {
			boolean chineseHasParts = !BotWords.parametersOf(this.words.pattern(key, Tongue.ZH_HANS)).isEmpty();
			boolean englishHasParts = !BotWords.parametersOf(this.words.pattern(key, Tongue.EN)).isEmpty();
			assertThat(chineseHasParts).as(key).isEqualTo(englishHasParts);
		}
	}

	@Test
	void apostrophesAreWrittenTwiceSoThatTheyAreSaidOnce() {
		// Numbers, as a choice ("1 minute", "2 minutes") needs one.
		Object[] samples = { 1, 2, 3, 4, 5 };
		for (String key : this.words.keys()) {
			String said = this.words.say(Tongue.EN, key, samples);
			assertThat(said).as(key).doesNotContain("{").doesNotContain("''");
		}
		assertThat(Voice.say(QueryText.of("hello"), "thanks"))
			.isEqualTo("You're welcome! Ask me anything else any time.");
	}

	@Test
	void traditionalIsConvertedFromSimplifiedWhereNotWritten() {
		String simplified = this.words.say(Tongue.ZH_HANS, "return.none");
		assertThat(Voice.say(QueryText.of("我要退貨，還沒有進度"), "return.none"))
			.isEqualTo(ChineseScript.toTraditional(simplified))
			.isNotEqualTo(simplified);
	}

	@Test
	void traditionalIsTheBundlesWhereWrittenAndConvertedElsewhere() {
		BotWords test = new BotWords("messages/test-words");
		assertThat(test.say(Tongue.ZH_HANT, "greeting", "小铺")).isEqualTo("您好，這裡是小鋪的客服。");
		assertThat(test.say(Tongue.ZH_HANT, "return")).isEqualTo("發票");
		assertThat(test.written("return", Tongue.ZH_HANT)).isEmpty();
		assertThat(test.say(Tongue.EN, "greeting", "Kefu")).isEqualTo("Hi, this is Kefu's assistant.");
		assertThat(test.parameters("greeting")).containsExactly(0);
	}

	@Test
	void noSentenceIsSaidThroughPhrasesAnyMore() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			List<Path> saying = sources.filter((p) -> p.toString().endsWith(".java")).filter((p) -> {
				try {
					String code = Files.readString(p, StandardCharsets.UTF_8);
					return code.contains("Phrases.say(") || code.contains("inShopperScript(\"");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(saying).isEmpty();
		}
		assertThat(Path.of("src", "main", "java", "dev", "kefu", "bot", "dialogue", "Phrases.java")).doesNotExist();
	}

	@Test
	void theWidgetsQuickStartsReadInTraditionalAsTheyWereWritten() {
		assertThat(List
			.of("button.quick-order", "value.quick-order", "button.quick-return", "value.quick-return",
					"button.quick-exchange", "value.quick-exchange", "button.person", "widget.greeting")
			.stream()
			.map((key) -> this.words.say(Tongue.ZH_HANT, key)))
			.containsExactly("查訂單", "我的快遞到哪了", "退貨", "我要退貨", "換貨", "我要換貨", "轉人工", "您好，我是線上客服，有什麼可以幫您？");
	}

	@Test
	void legalWordingFormatsAndButtonValuesAreFixed() {
		assertThat(BotWords.fixed("legal.rejected-automated")).isTrue();
		assertThat(BotWords.fixed("value.person")).isTrue();
		assertThat(BotWords.fixed("format.list")).isTrue();
		assertThat(BotWords.fixed("greeting")).isFalse();
	}

}
