package dev.kefu.knowledge.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Masking on a corpus of realistic Chinese and English shopper messages: every mobile, ID
 * card, bank card, e-mail and street address goes; order numbers, parcel numbers, amounts
 * and dates stay.
 */
class PersonalDataMaskerTests {

	@Test
	void masksEveryPieceOfPersonalDataInTheCorpusAndNothingElse() throws IOException {
		List<String> lines = Files
			.readAllLines(Path.of("src/test/resources/privacy/pii-corpus.tsv"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		assertThat(lines).hasSizeGreaterThan(20);
		assertSoftly((softly) -> {
			for (String line : lines) {
				String[] columns = line.split("\t", -1);
				String masked = PersonalDataMasker.mask(columns[0]);
				List<String> personal = Arrays.stream(columns[1].split("\\|")).filter((p) -> !p.isBlank()).toList();
				if (personal.isEmpty()) {
					softly.assertThat(masked).as("no personal data: unchanged").isEqualTo(columns[0]);
				}
				for (String piece : personal) {
					softly.assertThat(masked).as(columns[0]).doesNotContain(piece);
				}
			}
		});
	}

	@Test
	void keepsJustEnoughForAPersonToRecogniseIt() {
		assertThat(PersonalDataMasker.mask("13812345678")).isEqualTo("138****5678");
		assertThat(PersonalDataMasker.mask("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(PersonalDataMasker.mask("4111 1111 1111 1111")).isEqualTo("**** **** **** 1111");
		assertThat(PersonalDataMasker.mask("xiaomei@example.com")).isEqualTo("x***@example.com");
		assertThat(PersonalDataMasker.mask("上海市浦东新区世纪大道100号2号楼1203室")).isEqualTo("[地址]");
	}

	@Test
	void aLongNumberThatIsNotACardStays() {
		// 16 digits failing the Luhn check: an order number, not a card.
		assertThat(PersonalDataMasker.mask("订单 1234567890123456")).isEqualTo("订单 1234567890123456");
	}

}
