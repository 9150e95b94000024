package dev.kefu.knowledge.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchResultTests {

	private static final Match GUIDE = new Match("size-guide", 0.9, 0.8, 3, "尺码怎么选");

	private static final Match KIDS = new Match("size-kids", 0.8, 0.7, 2, "童装尺码");

	private static final Match CARE = new Match("material-care", 0.6, 0.5, 1, "衣服怎么洗");

	@Test
	void answersWithALaterMatchPutFirst() {
		SearchResult answered = offering(2).answeredWith(KIDS, "the next entry speaks of it");

		assertThat(answered.verdict()).isEqualTo(Verdict.ANSWER);
		assertThat(answered.matches()).containsExactly(KIDS, GUIDE, CARE);
		assertThat(answered.explanation().notes()).endsWith("the next entry speaks of it");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> offering(2).answeredWith(new Match("other", 0.1, 0.1, 0, "x"), "why"));
	}

	@Test
	void leavesAnEntryOutOfTheChoicesAndOffersNothingWhenNoneIsLeft() {
		SearchResult two = offering(2).withoutChoice("size-guide", "just answered");
		assertThat(two.verdict()).isEqualTo(Verdict.OFFER_CHOICES);
		assertThat(two.choices()).containsExactly(KIDS);

		SearchResult one = offering(1).withoutChoice("size-guide", "just answered");
		assertThat(one.verdict()).isEqualTo(Verdict.NO_MATCH);
		assertThat(one.choices()).isEmpty();

		SearchResult notOffered = offering(1);
		assertThat(notOffered.withoutChoice("material-care", "just answered")).isSameAs(notOffered);
	}

	private static SearchResult offering(int choices) {
		return new SearchResult(QueryText.of("尺码"), List.of(GUIDE, KIDS, CARE), 0.5, Verdict.OFFER_CHOICES,
				new Explanation(0.9, 0.1, 0.3, null, 0.65, 0.3, choices, List.of()));
	}

}
