/**
 * Which language and script a text is written in, and conversion between Simplified and
 * Traditional Chinese.
 */
package dev.kefu.knowledge.language;
