/**
 * The optional vision model: an OpenAI-compatible multimodal endpoint asked, through
 * LangChain4j, what an evidence photo shows for its order line, answered as typed
 * findings.
 */
package dev.kefu.integrations.vision;
