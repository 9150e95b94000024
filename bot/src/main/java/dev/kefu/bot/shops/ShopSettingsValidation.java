package dev.kefu.bot.shops;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a shop's settings must be before they are saved, each problem naming its field the
 * way the JSON does ({@code hours.week[0].days}).
 */
final class ShopSettingsValidation {

	private static final Set<String> LANGUAGES = Set.of("zh-Hans", "zh-Hant", "en");

	private static final Set<String> CHANNELS = Set.of("app", "web", "livestream");

	private static final Duration LONGEST_TARGET = Duration.ofDays(2);

	private ShopSettingsValidation() {
	}

	static List<FieldProblem> problems(ShopSettings settings) {
		List<FieldProblem> problems = new ArrayList<>();
		if (settings.name().isBlank()) {
			problems.add(new FieldProblem("name", "must be written in Simplified Chinese or English"));
		}
		texts(problems, "name", settings.name(), 80);
		texts(problems, "greeting", settings.greeting(), 500);
		if (settings.timeZone() == null) {
			problems.add(new FieldProblem("timeZone", "is required (for example Asia/Shanghai)"));
		}
		hours(problems, settings.hours());
		if (!ShopSettings.LEGAL_PROFILES.contains(settings.legalProfile())) {
			problems.add(new FieldProblem("legalProfile", "must be one of " + ShopSettings.LEGAL_PROFILES));
		}
		if (settings.escalation() != null) {
			escalation(problems, settings.escalation());
		}
		for (int i = 0; i < settings.channels().size(); i++) {
			ShopSettings.Channel channel = settings.channels().get(i);
			if (!CHANNELS.contains(channel.kind())) {
				problems.add(new FieldProblem("channels[" + i + "].kind", "must be one of " + CHANNELS));
			}
			if (channel.name() == null || channel.name().isBlank() || channel.name().length() > 60) {
				problems.add(new FieldProblem("channels[" + i + "].name", "must be 1 to 60 characters"));
			}
		}
		cannedReplies(problems, settings.cannedReplies());
		quickStarts(problems, settings.quickStarts());
		ShopSentences.problems(problems, settings.sentences());
		if (settings.alerts() != null) {
			ShopSettings.Alerts alerts = settings.alerts();
			if (alerts.queueAtRisk() < 1 || alerts.angrySurge() < 1) {
				problems.add(new FieldProblem("alerts", "queueAtRisk and angrySurge must be at least 1"));
			}
			if (alerts.containmentFloor() < 0 || alerts.containmentFloor() > 1) {
				problems.add(new FieldProblem("alerts.containmentFloor", "must be between 0 and 1"));
			}
		}
		return problems;
	}

	private static void texts(List<FieldProblem> problems, String field, Texts texts, int longest) {
		for (String language : LANGUAGES) {
			if (texts.in(language).length() > longest) {
				problems.add(new FieldProblem(field + "." + language, "must be at most " + longest + " characters"));
			}
		}
	}

	private static void hours(List<FieldProblem> problems, BusinessHours hours) {
		for (int i = 0; i < hours.week().size(); i++) {
			BusinessHours.Opening opening = hours.week().get(i);
			String at = "hours.week[" + i + "]";
			if (opening.days().isEmpty()) {
				problems.add(new FieldProblem(at + ".days", "must name at least one weekday"));
			}
			if (opening.from() == null || opening.to() == null) {
				problems.add(new FieldProblem(at, "needs from and to (HH:mm)"));
			}
			else if (opening.from().equals(opening.to())) {
				problems.add(new FieldProblem(at + ".to", "must differ from from"));
			}
		}
		Set<LocalDate> days = new HashSet<>();
		for (int i = 0; i < hours.holidays().size(); i++) {
			BusinessHours.Holiday holiday = hours.holidays().get(i);
			if (holiday.date() == null) {
				problems.add(new FieldProblem("hours.holidays[" + i + "].date", "is required (YYYY-MM-DD)"));
			}
			else if (!days.add(holiday.date())) {
				problems.add(new FieldProblem("hours.holidays[" + i + "].date", "is listed twice"));
			}
			if (holiday.name() != null && holiday.name().length() > 60) {
				problems.add(new FieldProblem("hours.holidays[" + i + "].name", "must be at most 60 characters"));
			}
		}
	}

	private static void escalation(List<FieldProblem> problems, ShopSettings.Escalation escalation) {
		if (escalation.firstResponseTargets().size() != 4) {
			problems.add(new FieldProblem("escalation.firstResponseTargets",
					"must give four targets, for priorities 0 (safety) to 3"));
		}
		for (int i = 0; i < escalation.firstResponseTargets().size(); i++) {
			Duration target = escalation.firstResponseTargets().get(i);
			if (target == null || target.isNegative() || target.isZero() || target.compareTo(LONGEST_TARGET) > 0) {
				problems.add(new FieldProblem("escalation.firstResponseTargets[" + i + "]",
						"must be more than zero and at most two days"));
			}
			else if (i > 0 && escalation.firstResponseTargets().get(i - 1) != null
					&& target.compareTo(escalation.firstResponseTargets().get(i - 1)) < 0) {
				problems.add(new FieldProblem("escalation.firstResponseTargets[" + i + "]",
						"must not be shorter than a more urgent priority's"));
			}
		}
		for (int i = 0; i < escalation.vipTiers().size(); i++) {
			String tier = escalation.vipTiers().get(i);
			if (tier == null || !tier.matches("[A-Za-z0-9_-]{1,32}")) {
				problems.add(new FieldProblem("escalation.vipTiers[" + i + "]", "must be a tier name like VIP"));
			}
		}
		Duration reply = escalation.humanReplyTarget();
		if (reply != null && (reply.isNegative() || reply.isZero() || reply.compareTo(LONGEST_TARGET) > 0)) {
			problems
				.add(new FieldProblem("escalation.humanReplyTarget", "must be more than zero and at most two days"));
		}
	}

	private static void cannedReplies(List<FieldProblem> problems, List<ShopSettings.CannedReply> replies) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < replies.size(); i++) {
			ShopSettings.CannedReply reply = replies.get(i);
			String at = "cannedReplies[" + i + "]";
			if (reply.shortcut() == null || !reply.shortcut().matches("[\\p{L}\\p{N}_-]{1,32}")) {
				problems.add(new FieldProblem(at + ".shortcut", "must be 1 to 32 letters, digits, - or _"));
			}
			if (!LANGUAGES.contains(reply.language())) {
				problems.add(new FieldProblem(at + ".language", "must be one of " + LANGUAGES));
			}
			else if (reply.shortcut() != null && !seen.add(reply.language() + "/" + reply.shortcut())) {
				problems.add(new FieldProblem(at + ".shortcut", "is used twice in " + reply.language()));
			}
			if (reply.text() == null || reply.text().isBlank() || reply.text().length() > 1000) {
				problems.add(new FieldProblem(at + ".text", "must be 1 to 1000 characters"));
			}
		}
	}

	private static void quickStarts(List<FieldProblem> problems, List<ShopSettings.QuickStart> starts) {
		if (starts.size() > ShopSettings.MAX_QUICK_STARTS) {
			problems.add(new FieldProblem("quickStarts", "must be at most " + ShopSettings.MAX_QUICK_STARTS));
		}
		for (int i = 0; i < starts.size(); i++) {
			ShopSettings.QuickStart start = starts.get(i);
			String at = "quickStarts[" + i + "]";
			if (start.label().isBlank()) {
				problems.add(new FieldProblem(at + ".label", "must be written in Simplified Chinese or English"));
			}
			texts(problems, at + ".label", start.label(), ShopSettings.MAX_QUICK_START_LABEL);
			if (start.text().isBlank()) {
				problems.add(new FieldProblem(at + ".text", "must be written in Simplified Chinese or English"));
			}
			texts(problems, at + ".text", start.text(), 200);
		}
	}

	/**
	 * One thing wrong with settings.
	 *
	 * @param field where, as in the JSON
	 * @param message what
	 */
	record FieldProblem(String field, String message) {
	}

}
