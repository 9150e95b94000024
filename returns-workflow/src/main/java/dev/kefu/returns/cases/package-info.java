/**
 * Return and exchange cases: what a shopper asked for, where the case stands, and what
 * happened to it. Plain domain values, no framework types.
 */
@NullMarked
package dev.kefu.returns.cases;

import org.jspecify.annotations.NullMarked;
