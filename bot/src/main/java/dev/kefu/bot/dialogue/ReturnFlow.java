package dev.kefu.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.ReturnReason;

/**
 * A return or exchange being filled in over several turns, or a cancellation waiting to
 * be confirmed. Each turn fills one slot; nothing is sent to the returns workflow until
 * the shopper confirms.
 *
 * @param id the flow's id: the request key of the case it opens, so a confirmation sent
 * twice opens one case
 * @param step what the bot asked last
 * @param kind return or exchange
 * @param orderId the chosen order, or {@code null}
 * @param lineNumber the chosen line, or 0
 * @param reason the chosen reason, or {@code null}
 * @param exchangeSku the chosen variant (exchanges), or {@code null}
 * @param photoIds photos given
 * @param caseId the case a cancellation is about, or {@code null}
 * @param languageSample what the shopper wrote to start the flow: the flow answers in its
 * language and script, whatever the buttons pressed since
 */
public record ReturnFlow(UUID id, Step step, CaseKind kind, String orderId, int lineNumber, ReturnReason reason,
		String exchangeSku, List<UUID> photoIds, UUID caseId, String languageSample) {

	public ReturnFlow {
		photoIds = (photoIds != null) ? List.copyOf(photoIds) : List.of();
	}

	static ReturnFlow start(CaseKind kind, String languageSample) {
		return new ReturnFlow(UUID.randomUUID(), Step.ITEM, kind, null, 0, null, null, List.of(), null, languageSample);
	}

	static ReturnFlow cancelling(UUID caseId, String languageSample) {
		return new ReturnFlow(UUID.randomUUID(), Step.CONFIRM_CANCEL, CaseKind.RETURN, null, 0, null, null, List.of(),
				caseId, languageSample);
	}

	ReturnFlow at(Step next) {
		return new ReturnFlow(this.id, next, this.kind, this.orderId, this.lineNumber, this.reason, this.exchangeSku,
				this.photoIds, this.caseId, this.languageSample);
	}

	ReturnFlow item(String order, int line) {
		return new ReturnFlow(this.id, this.step, this.kind, order, line, this.reason, this.exchangeSku, this.photoIds,
				this.caseId, this.languageSample);
	}

	ReturnFlow reason(ReturnReason value) {
		return new ReturnFlow(this.id, this.step, this.kind, this.orderId, this.lineNumber, value, this.exchangeSku,
				this.photoIds, this.caseId, this.languageSample);
	}

	ReturnFlow exchangeTo(String sku) {
		return new ReturnFlow(this.id, this.step, this.kind, this.orderId, this.lineNumber, this.reason, sku,
				this.photoIds, this.caseId, this.languageSample);
	}

	/** The same item and reason as a return (its exchange could not be had). */
	ReturnFlow asReturn() {
		return new ReturnFlow(this.id, this.step, CaseKind.RETURN, this.orderId, this.lineNumber, this.reason, null,
				this.photoIds, this.caseId, this.languageSample);
	}

	ReturnFlow photos(List<UUID> more) {
		List<UUID> all = new ArrayList<>(this.photoIds);
		more.stream().filter((p) -> !all.contains(p)).forEach(all::add);
		return new ReturnFlow(this.id, this.step, this.kind, this.orderId, this.lineNumber, this.reason,
				this.exchangeSku, all.subList(0, Math.min(all.size(), 10)), this.caseId, this.languageSample);
	}

	/**
	 * What the bot asked last.
	 */
	public enum Step {

		/** Which item. */
		ITEM,

		/** Why. */
		REASON,

		/** Which variant instead (exchanges). */
		VARIANT,

		/** Photos, for claims the rules want evidence for. */
		PHOTOS,

		/** Submit? */
		CONFIRM,

		/** A return instead? (every other variant is sold out) */
		OFFER_RETURN,

		/** Cancel this case? */
		CONFIRM_CANCEL

	}

}
