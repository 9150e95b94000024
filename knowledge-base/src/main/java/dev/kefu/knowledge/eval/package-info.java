/**
 * The {@code eval} command for answer quality: dataset converters, a throw-away index
 * built with the production analysis and ranking, metrics, and confidence calibration.
 */
package dev.kefu.knowledge.eval;
