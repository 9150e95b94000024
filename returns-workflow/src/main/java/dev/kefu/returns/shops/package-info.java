/**
 * What the returns module needs to know of each shop: its time zone, in which dates are
 * shown and return windows counted, and its legal profile, the law that floors its rules.
 */
package dev.kefu.returns.shops;
