/**
 * Synonym groups edited by ops (退款 = 退钱, parcel = package), applied at query time.
 */
package dev.kefu.knowledge.synonyms;
