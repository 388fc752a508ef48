package dev.parley.llm.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.out.WebSearch;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.ProviderText;
import dev.parley.llm.search.SearxngWire.Answer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: a {@link WebSearch} served by a SearxNG instance's JSON API
 * ({@code GET {baseUrl}/search?q=...&format=json}), blocking the calling thread; thread-safe.
 *
 * <p>Results keep SearxNG's order (best first) and become {@link WebSource}s: only http(s) results,
 * each address once, the title and the snippet as plain text (at most 200 and 500 characters). A
 * query longer than 400 characters is cut, since it travels in the URL and search engines read only its start.
 *
 * <p>Failures are {@link ProviderException}s of provider {@code "searxng"}: unreachable is
 * {@code UNAVAILABLE}, too slow {@code TIMEOUT}, a non-2xx answer by its status (HTTP 403, what SearxNG
 * answers when its JSON format is switched off, is {@code AUTHENTICATION} and logs what to change), an
 * answer that is not SearxNG's JSON or is larger than the settings allow {@code PROTOCOL}. Cancelling
 * the signal cancels the call at once and ends the search with {@link CancelledException}. The query is
 * the user's words: it is logged at DEBUG only.
 */
public final class SearxngWebSearch implements WebSearch {

    static final int MAX_QUERY_CHARS = 400;
    private static final Logger log = LoggerFactory.getLogger(SearxngWebSearch.class);
    private static final ProviderText LOG_TEXT = new ProviderText(SearxngSettings.PROVIDER_NAME, null);

    private final SearxngSettings settings;
    private final OkHttpClient client;
    private final SearxngErrors errors;

    /** {@code http} is the shared client; this adapter applies its own timeouts. */
    public SearxngWebSearch(SearxngSettings settings, ProviderHttp http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = ProviderHttp.tuned(http.client(), settings.connectTimeout(), settings.timeout(),
                settings.timeout());
        this.errors = new SearxngErrors(settings);
    }

    @Override
    public List<WebSource> search(String query, int limit, CancellationSignal cancellation) {
        Objects.requireNonNull(cancellation, "cancellation");
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("query", "A web search needs a query.");
        }
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        if (limit < 1) {
            return List.of();
        }
        String sent = shortened(query.strip());
        if (log.isDebugEnabled()) {
            log.debug("Searching SearxNG for \"{}\"", LOG_TEXT.scrub(sent));
        }
        Call call = client.newCall(new Request.Builder()
                .url(settings.searchUrl(sent))
                .header("Accept", "application/json")
                .get()
                .build());
        cancellation.onCancel(call::cancel);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                throw errors.fromStatus(response.code());
            }
            Answer answer = parse(body(response.body()));
            List<WebSource> sources = SearxngResults.sources(answer, Math.min(limit, settings.maxResults()));
            errors.unresponsive(answer.unresponsive(), sources.size());
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            return sources;
        } catch (IOException e) {
            throw cancellation.isCancelled() ? new CancelledException(e) : errors.fromIo(e);
        } catch (ProviderException e) {
            throw cancellation.isCancelled() ? new CancelledException(e) : e;
        } finally {
            // A body left unread (too large, unreadable) would otherwise be drained before the connection closes.
            call.cancel();
        }
    }

    private String body(ResponseBody body) throws IOException {
        long max = settings.maxBodyBytes();
        BufferedSource source = body.source();
        if (body.contentLength() > max || source.request(max + 1)) {
            throw errors.protocol("an answer larger than " + max + " bytes");
        }
        return source.readUtf8();
    }

    private Answer parse(String body) {
        try {
            JsonNode root = SearxngWire.JSON.readTree(body);
            if (root == null || !root.path("results").isArray()) {
                throw errors.protocol("JSON without a list of results");
            }
            return SearxngWire.JSON.treeToValue(root, Answer.class);
        } catch (JsonProcessingException e) {
            throw errors.protocol("an answer that is not JSON");
        }
    }

    private static String shortened(String query) {
        if (query.length() <= MAX_QUERY_CHARS) {
            return query;
        }
        int end = Character.isLowSurrogate(query.charAt(MAX_QUERY_CHARS)) ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS;
        return query.substring(0, end);
    }
}
