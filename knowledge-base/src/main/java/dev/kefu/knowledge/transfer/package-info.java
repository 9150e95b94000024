/**
 * Bulk import and export of entries as JSON Lines (the eval command's KB.jsonl, plus
 * optional fields) and CSV.
 */
package dev.kefu.knowledge.transfer;
