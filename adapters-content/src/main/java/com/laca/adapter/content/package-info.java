/**
 * Content drafts for a clinic's site: an OpenAI-compatible chat-completions client (which a local model server also
 * speaks) and a deterministic template used when no endpoint is configured.
 */
package com.laca.adapter.content;
