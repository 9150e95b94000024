package dev.kefu.bot.webhooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.problems.JsonProblems;
import dev.kefu.integrations.webhooks.WebhookEvents;
import dev.kefu.integrations.webhooks.WebhookRejected;
import dev.kefu.integrations.webhooks.WebhookVerifier;
import dev.kefu.returns.cases.ReturnCase;
import dev.kefu.returns.cases.ReturnCaseId;
import dev.kefu.returns.logistics.ParcelEvent;
import dev.kefu.returns.logistics.ParcelUpdate;
import dev.kefu.returns.payments.RefundStatus;
import dev.kefu.returns.workflow.ParcelUpdateOutcome;
import dev.kefu.returns.workflow.ReturnCaseQueries;
import dev.kefu.returns.workflow.ReturnsWorkflow;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's carrier and payment systems report here. Each call is signed with the shop's
 * secret over its timestamp and body ({@code X-Kefu-Shop}, {@code X-Kefu-Timestamp},
 * {@code X-Kefu-Signature: sha256=<hex>}); unsigned, badly signed, stale and malformed
 * calls are refused and change nothing. An event id already taken answers 200 with
 * {@code "duplicate": true}.
 */
@RestController
@RequestMapping(path = "/api/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE)
class WebhooksController {

	private static final String SHOP = "X-Kefu-Shop";

	private static final String TIMESTAMP = "X-Kefu-Timestamp";

	private static final String SIGNATURE = "X-Kefu-Signature";

	static final int MAX_BATCH = 500;

	private final WebhookVerifier verifier;

	private final WebhookEvents events;

	private final ReturnsWorkflow workflow;

	private final ReturnCaseQueries cases;

	private final ObjectMapper wireJson;

	WebhooksController(WebhookVerifier verifier, WebhookEvents events, ReturnsWorkflow workflow,
			ReturnCaseQueries cases, ObjectMapper wireJson) {
		this.verifier = verifier;
		this.events = events;
		this.workflow = workflow;
		this.cases = cases;
		this.wireJson = wireJson;
	}

	/**
	 * A tracking event: {@code {"eventId", "trackingNumber", "status": "PICKED_UP" |
	 * "DELIVERED"}}.
	 */
	@PostMapping("/logistics")
	Map<String, Object> logistics(@RequestHeader(name = SHOP, required = false) String shopId,
			@RequestHeader(name = TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = SIGNATURE, required = false) String signature, @RequestBody byte[] body) {
		this.verifier.verify(shopId, timestamp, signature, body);
		TrackingEvent event = read(body, TrackingEvent.class);
		if (this.events.seen(shopId, event.eventId())) {
			return Map.of("duplicate", true);
		}
		var moved = this.workflow.parcelEvent(shopId, event.trackingNumber(), event.status(),
				"logistics:" + event.eventId());
		this.events.record(shopId, event.eventId(), "logistics");
		return moved
			.<Map<String, Object>>map(
					(c) -> Map.of("duplicate", false, "caseId", c.id().toString(), "state", c.state().name()))
			.orElseGet(() -> Map.of("duplicate", false, "matched", false));
	}

	/**
	 * Many tracking events at once, as a carrier that pushes in bulk sends them:
	 * {@code {"events": [{"eventId", "trackingNumber", "status"}, ...]}}, at most
	 * {@value #MAX_BATCH}. They are applied in order, in one transaction; each answers on
	 * its own (an event the case's state refuses changes nothing and does not stop the
	 * others).
	 */
	@PostMapping("/logistics/batch")
	Map<String, Object> logisticsBatch(@RequestHeader(name = SHOP, required = false) String shopId,
			@RequestHeader(name = TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = SIGNATURE, required = false) String signature, @RequestBody byte[] body) {
		this.verifier.verify(shopId, timestamp, signature, body);
		List<TrackingEvent> batch = read(body, TrackingBatch.class).events();
		Set<String> taken = new HashSet<>(
				this.events.seen(shopId, batch.stream().map(TrackingEvent::eventId).toList()));
		List<Map<String, Object>> results = new ArrayList<>();
		List<ParcelUpdate> updates = new ArrayList<>();
		List<Integer> applied = new ArrayList<>();
		for (TrackingEvent event : batch) {
			if (!taken.add(event.eventId())) {
				results.add(Map.of("eventId", event.eventId(), "duplicate", true));
				continue;
			}
			applied.add(results.size());
			results.add(null);
			updates.add(new ParcelUpdate(event.trackingNumber(), event.status(), "logistics:" + event.eventId()));
		}
		List<ParcelUpdateOutcome> outcomes = this.workflow.parcelEvents(shopId, updates);
		for (int i = 0; i < outcomes.size(); i++) {
			ParcelUpdateOutcome outcome = outcomes.get(i);
			String eventId = batch.get(applied.get(i)).eventId();
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("eventId", eventId);
			result.put("duplicate", false);
			result.put("matched", outcome.matched());
			if (outcome.matched()) {
				result.put("caseId", outcome.returnCase().id().toString());
				result.put("state", outcome.returnCase().state().name());
			}
			if (outcome.refused() != null) {
				// Not recorded: like a refused single event, a redelivery is judged
				// again.
				result.put("refused", outcome.refused().getMessage());
			}
			else {
				this.events.record(shopId, eventId, "logistics");
			}
			results.set(applied.get(i), result);
		}
		return Map.of("results", results);
	}

	/**
	 * A refund's result: {@code {"eventId", "idempotencyKey", "status": "SETTLED" |
	 * "FAILED"}}, the key being the one Kefu sent with the refund.
	 */
	@PostMapping("/payments")
	Map<String, Object> payments(@RequestHeader(name = SHOP, required = false) String shopId,
			@RequestHeader(name = TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = SIGNATURE, required = false) String signature, @RequestBody byte[] body) {
		this.verifier.verify(shopId, timestamp, signature, body);
		RefundEvent event = read(body, RefundEvent.class);
		if (this.events.seen(shopId, event.eventId())) {
			return Map.of("duplicate", true);
		}
		ReturnCase c = caseOfRefund(shopId, event.idempotencyKey());
		ReturnCase after = this.workflow.refundResult(c.id(), event.status(), "payments:" + event.eventId());
		this.events.record(shopId, event.eventId(), "payments");
		return Map.of("duplicate", false, "caseId", after.id().toString(), "state", after.state().name());
	}

	private ReturnCase caseOfRefund(String shopId, String idempotencyKey) {
		ReturnCaseId id = ReturnCaseId.fromRefundKey(idempotencyKey)
			.orElseThrow(() -> new MalformedEvent(
					"idempotencyKey is not a key Kefu sent: it must be exactly refund:<case id, lower-case UUID>."));
		return this.cases.find(id)
			.filter((c) -> c.request().shopper().shopId().equals(shopId))
			.orElseThrow(() -> new UnknownCase(idempotencyKey));
	}

	private <T> T read(byte[] body, Class<T> type) {
		try {
			return this.wireJson.readValue(body, type);
		}
		catch (JsonMappingException ex) {
			throw new MalformedEvent(JsonProblems.describe(ex, "The " + type.getSimpleName()));
		}
		catch (IOException | RuntimeException ex) {
			throw new MalformedEvent("The body is not a valid " + type.getSimpleName() + ": "
					+ ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	@ExceptionHandler(WebhookRejected.class)
	ProblemDetail rejected(WebhookRejected ex) {
		HttpStatus status = (ex.reason() == WebhookRejected.Reason.STALE) ? HttpStatus.BAD_REQUEST
				: HttpStatus.UNAUTHORIZED;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setProperty("reason", ex.reason().name());
		return problem;
	}

	@ExceptionHandler(MalformedEvent.class)
	ProblemDetail malformed(MalformedEvent ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(UnknownCase.class)
	ProblemDetail unknown(UnknownCase ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * A carrier's tracking event.
	 *
	 * @param eventId the carrier's id for the event
	 * @param trackingNumber the parcel
	 * @param status what happened
	 */
	record TrackingEvent(String eventId, String trackingNumber, ParcelEvent status) {

		TrackingEvent {
			requireText(eventId, "eventId");
			requireText(trackingNumber, "trackingNumber");
			if (status == null) {
				throw new IllegalArgumentException("status is required (PICKED_UP or DELIVERED)");
			}
		}

	}

	/**
	 * A carrier's batch of tracking events.
	 *
	 * @param events the events, in the order they happened
	 */
	record TrackingBatch(List<TrackingEvent> events) {

		TrackingBatch {
			if (events == null || events.isEmpty() || events.size() > MAX_BATCH) {
				throw new IllegalArgumentException("events must hold 1 to " + MAX_BATCH + " tracking events");
			}
			if (events.contains(null)) {
				throw new IllegalArgumentException("events must not hold null");
			}
		}

	}

	/**
	 * A payment system's refund result.
	 *
	 * @param eventId the payment system's id for the event
	 * @param idempotencyKey the key Kefu sent with the refund
	 * @param status SETTLED or FAILED
	 */
	record RefundEvent(String eventId, String idempotencyKey, RefundStatus status) {

		RefundEvent {
			requireText(eventId, "eventId");
			requireText(idempotencyKey, "idempotencyKey");
			if (status == null || status == RefundStatus.PENDING) {
				throw new IllegalArgumentException("status must be SETTLED or FAILED");
			}
		}

	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank() || value.length() > 200) {
			throw new IllegalArgumentException(name + " must be 1 to 200 characters");
		}
	}

	/**
	 * A body that is not the event it should be.
	 */
	static class MalformedEvent extends RuntimeException {

		MalformedEvent(String message) {
			super(message);
		}

	}

	/**
	 * A refund key that names no case of the calling shop.
	 */
	static class UnknownCase extends RuntimeException {

		UnknownCase(String key) {
			super("No return case of this shop has the refund key " + key + ".");
		}

	}

}
