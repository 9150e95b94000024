package dev.kefu.returns.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.kefu.returns.workflow.RuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window after which no reason is within a window any more: what the chat's item
 * picker uses to leave an item out.
 */
class LongestReturnWindowTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	// 23:30 on the 3rd in Shanghai: the 3rd there, the 3rd in UTC too.
	private static final Instant DELIVERED = Instant.parse("2026-11-03T15:30:00Z");

	@Test
	void isTheLongestOfTheReasonsWindowsInTheDefaults() {
		RuleSet defaults = RuleSetFormat.fromYaml(RuleSets.defaultYaml(), 0);
		ReturnWindow window = defaults.returnWindow(DELIVERED, SHANGHAI).orElseThrow();
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(window.isOpen(Instant.parse("2026-11-18T15:59:00Z"))).isTrue();
		assertThat(window.isOpen(Instant.parse("2026-11-18T16:00:00Z"))).isFalse();
	}

	@Test
	void takesForEachReasonTheShortestWindowCoveringIt() {
		RuleSet rules = RuleSetFormat.fromYaml("""
				approved-reason: {zh: 好, en: ok}
				rules:
				  - {kind: return-window, id: all-10, days: 10, outcome: REJECT, reason: {zh: 过期, en: late}}
				  - kind: return-window
				    id: quality-20
				    days: 20
				    reasons: [QUALITY_ISSUE]
				    outcome: REJECT
				    reason: {zh: 过期, en: late}
				""", 1);
		assertThat(rules.returnWindow(DELIVERED, SHANGHAI).orElseThrow().days()).isEqualTo(10);
	}

	@Test
	void isNoneWhenSomeReasonHasNoWindow() {
		RuleSet rules = RuleSetFormat.fromYaml("""
				approved-reason: {zh: 好, en: ok}
				rules:
				  - kind: return-window
				    id: no-reason-7
				    days: 7
				    reasons: [CHANGED_MIND]
				    outcome: REJECT
				    reason: {zh: 过期, en: late}
				""", 1);
		assertThat(rules.returnWindow(DELIVERED, SHANGHAI)).isEmpty();
	}

}
