/**
 * The settlement of a return explained line by line before the shopper confirms it: price
 * paid, discounts recalculated, gifts, return freight and where the money goes.
 */
package dev.kefu.returns.settlement;
