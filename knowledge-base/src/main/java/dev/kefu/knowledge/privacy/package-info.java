/**
 * Personal data in shoppers' words: finding and masking mainland mobile numbers, ID card
 * numbers, bank card numbers, e-mail addresses and street addresses before text leaves
 * the conversation (logs, the gaps view, a language model).
 */
package dev.kefu.knowledge.privacy;
