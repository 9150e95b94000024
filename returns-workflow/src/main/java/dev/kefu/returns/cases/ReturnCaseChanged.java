package dev.kefu.returns.cases;

/**
 * A case moved (or a reminder was sent). Published inside the transaction that stored the
 * change; the application's listeners (the chat's notice, the review escalation) are
 * recorded with it and run after it commits, at least once each, and never for a change
 * that rolled back. The case's version names the change, so a listener can tell a
 * redelivery from the next move.
 *
 * @param returnCase the case after the change
 * @param event what happened
 * @param from the state before
 * @param actor who or what did it
 */
public record ReturnCaseChanged(ReturnCase returnCase, CaseEvent event, CaseState from, Actor actor) {

}
