/**
 * How cases move: the Spring Statemachine definitions of the return and exchange
 * machines, their persistence with history and optimistic locking, the deadlines and side
 * effects of each state, and {@link dev.kefu.returns.workflow.ReturnsWorkflow}, the
 * module's API. No {@code StateMachine} type leaves this package.
 */
package dev.kefu.returns.workflow;
