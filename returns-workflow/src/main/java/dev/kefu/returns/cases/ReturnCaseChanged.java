package dev.kefu.returns.cases;

/**
 * A case moved (or a reminder was sent). Published inside the transaction that stored the
 * change, so a listener that stores something (the chat's notification message) commits
 * or rolls back with it.
 *
 * @param returnCase the case after the change
 * @param event what happened
 * @param from the state before
 * @param actor who or what did it
 */
public record ReturnCaseChanged(ReturnCase returnCase, CaseEvent event, CaseState from, Actor actor) {

}
