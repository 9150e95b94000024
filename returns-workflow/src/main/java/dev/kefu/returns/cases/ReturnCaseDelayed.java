package dev.kefu.returns.cases;

/**
 * A step of a case failed because another system (carrier, payment, order system) did not
 * answer; it is retried until it succeeds. Published on the first failure, in the
 * transaction that schedules the retry, so the shopper hears once that it takes longer,
 * not on every retry.
 *
 * @param returnCase the case
 * @param step what is being retried (e.g. {@code BOOK_PICKUP})
 */
public record ReturnCaseDelayed(ReturnCase returnCase, String step) {

}
