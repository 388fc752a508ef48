package dev.parley.llm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;

/**
 * Provider plumbing: one model-discovery request, which must never stop the server from starting: a
 * provider that is down, slow, or answers something unreadable yields null and a warning in the
 * provider's logger that names the provider and where it was asked, never the key. Thread-safe.
 */
public final class ModelListing {

    private final OkHttpClient client;
    private final String providerName;
    private final String where;
    private final Duration timeout;
    private final String listName;
    private final Logger log;

    /**
     * {@code client} bounds the whole call by {@code timeout}; {@code where} names the redacted
     * endpoint for the log, {@code listName} the expected answer (e.g. "an OpenAI model list").
     */
    public ModelListing(OkHttpClient client, String providerName, String where, Duration timeout,
            String listName, Logger log) {
        this.client = client;
        this.providerName = providerName;
        this.where = where;
        this.timeout = timeout;
        this.listName = listName;
        this.log = log;
    }

    /** Reads one answer; its body is capped at {@link ProviderLimits#MAX_BODY_BYTES}. */
    @FunctionalInterface
    public interface Parser<T> {

        /** The list, or null when the document is JSON but not a model list. */
        T parse(String body) throws JsonProcessingException;
    }

    /** The parsed answer, or null (with a warning logged) when it cannot be had. */
    public <T> T fetch(Request request, Parser<T> parser) {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return warn("it answered HTTP " + response.code());
            }
            String body = ProviderLimits.bodyText(response.body());
            if (body == null) {
                return warn("its answer is larger than 8 MiB");
            }
            T list = parser.parse(body);
            return list == null ? warn("its answer is not " + listName) : list;
        } catch (JsonProcessingException e) {
            return warn("its answer is not " + listName);
        } catch (InterruptedIOException e) {
            // OkHttp reports its own timeouts this way; a socket timeout is one too.
            return warn("it did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return warn("it could not be reached (" + e.getClass().getSimpleName() + ")");
        }
    }

    private <T> T warn(String problem) {
        log.warn("Could not list the models of provider {} {}: {}; it offers only its configured models",
                providerName, where, problem);
        return null;
    }
}
