/**
 * What the returns module needs to know of each shop: its time zone, in which dates are
 * shown and return windows counted.
 */
package dev.kefu.returns.shops;
