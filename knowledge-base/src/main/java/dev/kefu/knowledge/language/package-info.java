/**
 * Which language and script a text is written in, and conversion between Simplified and
 * Traditional Chinese.
 */
@NullMarked
package dev.kefu.knowledge.language;

import org.jspecify.annotations.NullMarked;
