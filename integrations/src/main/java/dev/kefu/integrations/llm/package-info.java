/**
 * The language-model adapter (LangChain4j, any OpenAI-compatible endpoint, Ollama's
 * included): phrases knowledge-base answers, with the shopper's words kept as data.
 */
package dev.kefu.integrations.llm;
