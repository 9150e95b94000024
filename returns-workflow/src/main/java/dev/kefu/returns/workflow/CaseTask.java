package dev.kefu.returns.workflow;

import java.time.Instant;

import dev.kefu.returns.cases.ReturnCaseId;

/**
 * A deadline or pending side effect of one case.
 *
 * @param caseId the case
 * @param kind what to do
 * @param dueAt when
 * @param attempts how many times it was taken to run
 */
record CaseTask(ReturnCaseId caseId, TaskKind kind, Instant dueAt, int attempts) {

}
