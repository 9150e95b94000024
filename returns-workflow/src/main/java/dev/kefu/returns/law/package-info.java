/**
 * The legal floor under a shop's return rules: what consumer law makes a shop accept
 * (mainland China's seven-day no-reason return, by default), checked when rules are saved
 * or tried and applied when a case is decided.
 */
package dev.kefu.returns.law;
