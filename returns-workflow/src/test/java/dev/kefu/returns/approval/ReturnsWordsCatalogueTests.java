package dev.kefu.returns.approval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The returns bundles are one catalogue: every key in Simplified Chinese and English, the
 * same parts in every language, patterns that parse, and no sentence left in Java.
 */
class ReturnsWordsCatalogueTests {

	private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\d+)");

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/**
	 * Java files whose string literals may hold Chinese: not sentences but data matched
	 * against what comes in.
	 */
	private static final Set<String> HAN_ALLOWED = Set.of(
			// Editing apps' names as a photo's metadata writes them (美图, 醒图, 美颜).
			"dev/kefu/returns/evidence/checks/PhotoMetadata.java");

	@Test
	void everyKeyIsWrittenInSimplifiedChineseAndEnglish() {
		SortedSet<String> simplified = ReturnsWords.keys(ReturnsWords.SIMPLIFIED);
		assertThat(simplified).hasSizeGreaterThan(20);
		assertThat(ReturnsWords.keys(ReturnsWords.ENGLISH)).isEqualTo(simplified);
		assertThat(simplified).containsAll(ReturnsWords.keys(ReturnsWords.TRADITIONAL));
	}

	@Test
	void everyLanguageParsesAndTakesTheSameParts() {
		for (String key : ReturnsWords.keys(ReturnsWords.SIMPLIFIED)) {
			SortedSet<Integer> parts = parametersOf(ReturnsWords.written(key, ReturnsWords.SIMPLIFIED).orElseThrow());
			for (Locale locale : List.of(ReturnsWords.SIMPLIFIED, ReturnsWords.ENGLISH, ReturnsWords.TRADITIONAL)) {
				ReturnsWords.written(key, locale).ifPresent((pattern) -> {
					assertThatNoException().as(key + " " + locale).isThrownBy(() -> new MessageFormat(pattern));
					assertThat(parametersOf(pattern)).as(key + " " + locale).isEqualTo(parts);
				});
			}
		}
	}

	@Test
	void apostrophesAreWrittenTwiceSoThatTheyAreSaidOnce() {
		Object[] samples = { "a", "b", "c", "d", "e" };
		for (String key : ReturnsWords.keys(ReturnsWords.ENGLISH)) {
			assertThat(ReturnsWords.say(ReturnsWords.ENGLISH, key, samples)).as(key)
				.doesNotContain("{")
				.doesNotContain("''");
		}
		assertThat(ReturnsWords.text("risk.listing-photos", "2").en())
			.isEqualTo("2 photo(s) are the shop's own listing photo of the product");
		assertThat(ReturnsWords.text("settlement.discount-share", "满300减50").en())
			.isEqualTo("The part of the '满300减50' discount that went to this item");
	}

	@Test
	void figuresArePassedAsTheyAreWritten() {
		LocalizedText text = ReturnsWords.text("risk.high-value-right-after-delivery", "12000 CNY");
		assertThat(text.zh()).isEqualTo("签收后 24 小时内申请高额商品（12000 CNY）");
		assertThat(text.en()).isEqualTo("A high value (12000 CNY) claimed within 24 hours of delivery");
		// Nothing written in Traditional: the reader converts the Simplified text.
		assertThat(text.zhHant()).isNull();
	}

	@Test
	void aKeyNotWrittenIsAnError() {
		assertThatExceptionOfType(MissingResourceException.class)
			.isThrownBy(() -> ReturnsWords.text("settlement.no-such-line"));
	}

	@Test
	void noChineseIsLeftInTheModulesStringLiterals() throws IOException {
		Path root = Path.of("src", "main", "java");
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(root)) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String name = root.relativize(source).toString().replace('\\', '/');
				for (String literal : literals(Files.readString(source, StandardCharsets.UTF_8))) {
					if (HAN.matcher(literal).find() && !HAN_ALLOWED.contains(name)) {
						found.add(name + ": " + literal);
					}
				}
			}
		}
		assertThat(found).isEmpty();
		assertThat(literals("// 注释\n/* 注释 */ String a = \"退货\"; char c = '\"'; String b = \"\\\"x\";"))
			.containsExactly("退货", "\\\"x");
	}

	private static SortedSet<Integer> parametersOf(String pattern) {
		SortedSet<Integer> found = new TreeSet<>();
		Matcher matcher = PARAMETER.matcher(QUOTED.matcher(pattern.replace("''", "")).replaceAll(""));
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	/** The string literals and text blocks of a Java source, comments left out. */
	private static List<String> literals(String code) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < code.length()) {
			if (code.startsWith("//", i)) {
				i = code.indexOf('\n', i);
				i = (i < 0) ? code.length() : i;
			}
			else if (code.startsWith("/*", i)) {
				i = code.indexOf("*/", i + 2) + 2;
			}
			else if (code.startsWith("\"\"\"", i)) {
				int end = code.indexOf("\"\"\"", i + 3);
				literals.add(code.substring(i + 3, end));
				i = end + 3;
			}
			else if (code.charAt(i) == '"' || code.charAt(i) == '\'') {
				char quote = code.charAt(i);
				int j = i + 1;
				while (code.charAt(j) != quote) {
					j += (code.charAt(j) == '\\') ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(code.substring(i + 1, j));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

}
