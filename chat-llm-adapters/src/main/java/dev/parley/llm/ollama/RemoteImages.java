package dev.parley.llm.ollama;

/**
 * Outgoing step the Ollama adapter needs: fetches an image the user gave as an http(s) URL, because
 * Ollama's {@code /api/chat} takes image bytes only and never fetches a URL itself. The composition
 * root supplies one that is safe to point at untrusted URLs (no private addresses, a size cap, a
 * timeout). Called on the thread that asks for the reply, before anything is sent to Ollama;
 * thread-safe.
 */
@FunctionalInterface
public interface RemoteImages {

    /**
     * The image at {@code url} as base64 (no {@code data:} prefix). Refusals and failures are thrown as
     * the core's exceptions (an {@code InvalidInputException} on {@code "images"} for a URL it will not or
     * cannot fetch), which the adapter passes on unchanged.
     */
    String base64Of(String url);
}
