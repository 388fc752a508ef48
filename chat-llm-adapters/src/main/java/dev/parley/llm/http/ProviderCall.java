package dev.parley.llm.http;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Provider plumbing: runs one upstream request of a chat model on the calling thread. Cancelling the
 * signal cancels the OkHttp call, which closes the connection at once; a failure seen after the
 * signal was cancelled is reported as {@link CancelledException}; a stream over a size limit
 * ({@link StreamTooLarge}) fails as {@code PROTOCOL}; an exception from the caller's sink
 * ({@link SinkFailure}) is rethrown unchanged; the connection is always released. A non-2xx answer's
 * {@code Retry-After} header is read ({@link RetryAfter}) and handed to the provider's mapping.
 */
public final class ProviderCall {

    private final OkHttpClient client;
    private final ProviderFailures failures;
    private final StatusMapping statuses;

    /** {@code client} carries the provider's own timeouts; {@code statuses} is its reading of a non-2xx answer. */
    public ProviderCall(OkHttpClient client, ProviderFailures failures, StatusMapping statuses) {
        this.client = client;
        this.failures = failures;
        this.statuses = statuses;
    }

    /**
     * How one provider reads a non-2xx answer, with its (possibly truncated) body and the wait its
     * {@code Retry-After} header asked for (null when none), as a {@link ProviderException}.
     */
    @FunctionalInterface
    public interface StatusMapping {
        ProviderException fromStatus(int status, String body, Duration retryAfter);
    }

    /** How one provider reads a 2xx answer into the reply, whole or streamed. */
    @FunctionalInterface
    public interface ReplyReader {
        ModelReply read(Response response) throws IOException;
    }

    /** Sends {@code request} and reads the 2xx answer with {@code reader}; thread-safe. */
    public ModelReply run(Request request, CancellationSignal cancellation, ReplyReader reader) {
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        Call call = client.newCall(request);
        cancellation.onCancel(call::cancel);
        Response response = null;
        boolean complete = false;
        try {
            response = call.execute();
            if (!response.isSuccessful()) {
                throw statuses.fromStatus(response.code(),
                        response.peekBody(ProviderLimits.MAX_ERROR_BODY).string(),
                        RetryAfter.of(response.headers(), Instant.ofEpochMilli(response.receivedResponseAtMillis())));
            }
            ModelReply reply = reader.read(response);
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            complete = true;
            return reply;
        } catch (SinkFailure failure) {
            throw failure.original();
        } catch (StreamTooLarge e) {
            throw cancellation.isCancelled() ? new CancelledException(e) : failures.protocol(e.getMessage(), null);
        } catch (IOException e) {
            throw cancellation.isCancelled() ? new CancelledException(e) : failures.fromIo(e);
        } catch (ProviderException e) {
            // A cancelled call can look like a truncated stream; the caller asked for it, so say so.
            throw cancellation.isCancelled() ? new CancelledException(e) : e;
        } finally {
            if (!complete) {
                call.cancel();
            }
            if (response != null) {
                response.close();
            }
        }
    }
}
