/**
 * Ops' regression set: questions with the entry that must answer them, checked against
 * the live index and against a preview of a publish, so that ops see what a change breaks
 * before it is live.
 */
package dev.kefu.knowledge.regression;
