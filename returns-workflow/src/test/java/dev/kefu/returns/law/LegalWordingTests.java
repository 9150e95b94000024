package dev.kefu.returns.law;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kefu.returns.approval.LocalizedText;
import dev.kefu.returns.approval.RuleSetFormat;
import dev.kefu.returns.cases.ItemCondition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law's wording moved to the returns bundle word for word: each article's name, what
 * the law protects, and the legal floor's message read as the code used to build them.
 */
class LegalWordingTests {

	private static final String SAMR = "《网络购买商品七日无理由退货暂行办法》";

	private static final String SAMR_EN = "SAMR Measures on 7-day no-reason returns, Art. ";

	@Test
	void namesEveryArticleAsTheLawDoes() throws IllegalAccessException {
		Map<String, LocalizedText> expected = new LinkedHashMap<>();
		expected.put("cpl-25", new LocalizedText("《消费者权益保护法》第二十五条", "Consumer Protection Law, Art. 25"));
		expected.put("cpl-24", new LocalizedText("《消费者权益保护法》第二十四条", "Consumer Protection Law, Art. 24"));
		String[][] samr = { { "6", "六" }, { "7", "七" }, { "8", "八" }, { "9", "九" }, { "10", "十" }, { "12", "十二" },
				{ "13", "十三" }, { "14", "十四" }, { "17", "十七" }, { "18", "十八" }, { "20", "二十" }, { "30", "三十" },
				{ "31", "三十一" } };
		for (String[] article : samr) {
			expected.put("samr-7day-" + article[0],
					new LocalizedText(SAMR + "第" + article[1] + "条", SAMR_EN + article[0]));
		}
		expected.put("pipl-24", new LocalizedText("《个人信息保护法》第二十四条", "Personal Information Protection Law, Art. 24"));
		Map<String, LocalizedText> named = new LinkedHashMap<>();
		for (Field field : Article.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == Article.class) {
				Article article = (Article) field.get(null);
				named.put(article.id(), article.name());
			}
		}
		assertThat(named).isEqualTo(expected);
		assertThat(Article.named("eu-2011-83-9").name())
			.isEqualTo(new LocalizedText("欧盟第2011/83/EU号指令第九条", "Directive 2011/83/EU, Art. 9"));
	}

	@Test
	void saysWhatMakesAnItemNoLongerIntactInOneSentence() {
		LocalizedText said = LegalProfile.of("CN")
			.notIntact("apparel", new ItemCondition(false, false, true, true, false))
			.orElseThrow()
			.reason();
		assertThat(said).isEqualTo(new LocalizedText("商品不再完好（商标标识被摘除或剪掉，商品受污、受损或有难以恢复的使用痕迹；" + SAMR + "第八条、第九条）。",
				"The item is no longer intact: its labels or tags were removed; it is soiled, damaged or shows signs"
						+ " of use that cannot be undone (SAMR Measures Arts. 8 and 9)."));
	}

	@Test
	void namesTheRuleTheArticlesAndAnExampleWhenARuleIsBelowTheFloor() {
		String yaml = """
				approved-reason: {zh: 已通过。, en: Approved.}
				rules:
				  - kind: category
				    id: hygiene-excluded
				    categories: [underwear]
				    outcome: REJECT
				    reason: {zh: 贴身衣物不退。, en: Underwear is not returnable.}
				""";
		List<FloorBreach> breaches = LegalFloor.check(LegalProfile.of("CN"), RuleSetFormat.fromYaml(yaml, 1),
				ZoneId.of("Asia/Shanghai"));
		FloorBreach breach = breaches.get(0);
		LocalizedText example = breach.example();
		assertThat(example.zh())
			.matches("(“underwear”类商品|规则按 SKU 列出的商品)，单价 [0-9.]+，\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 签收，"
					+ "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)? 申请无理由退货(（购买时已确认）)?");
		assertThat(example.en()).matches("(an item of category 'underwear'|an item the rule lists by SKU) at [0-9.]+,"
				+ " signed for \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d, returned without a reason on"
				+ " \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)?( \\(confirmed at purchase\\))?");
		String zhArticles = String.join("、", breach.articles().stream().map((a) -> a.name().zh()).toList());
		String enArticles = String.join("; ", breach.articles().stream().map((a) -> a.name().en()).toList());
		// Cut at 300 characters, as a reason must be and as before.
		assertThat(breach.message().zh()).isEqualTo(cut(
				"规则“hygiene-excluded”会拒绝法律要求受理的退货（" + zhArticles + "），例如：" + example.zh() + "。请改为转人工审核，或限定在法定不适用的商品。"));
		assertThat(breach.message().en())
			.isEqualTo(cut("Rule 'hygiene-excluded' could refuse a return the law requires (" + enArticles + "), e.g. "
					+ example.en() + ". Send such requests to a person (REVIEW) or limit the rule to excluded goods."));
		assertThat(breach.message().en()).hasSize(300).endsWith("…");
	}

	private static String cut(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 299) + "…";
	}

}
