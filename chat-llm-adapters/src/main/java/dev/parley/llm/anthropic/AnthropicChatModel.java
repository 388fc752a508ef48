package dev.parley.llm.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.anthropic.AnthropicWire.MessagesRequest;
import dev.parley.llm.anthropic.AnthropicWire.Reply;
import dev.parley.llm.http.ProviderCall;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.ProviderLimits;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: a {@link ChatModel} served by Anthropic's Messages API through
 * {@code POST {baseUrl}/v1/messages}, blocking the calling thread. One instance serves every model
 * of its provider (the request names the model) and is thread-safe.
 *
 * <p>The request is adapted to what Anthropic requires: system prompts travel in the {@code system}
 * field and same-role turns are merged ({@link AnthropicPrompt}); {@code max_tokens} is always sent,
 * the settings' default when the request sets none; a temperature above Anthropic's maximum of 1.0 is
 * sent as 1.0 (Parley's scale, like OpenAI's, goes to 2.0); {@code top_p} and {@code stop_sequences}
 * travel only when set; a seed is not sent, since the Messages API has none (logged at DEBUG). Images
 * travel as content blocks before their message's text ({@link AnthropicPrompt}). Redirects are not followed, because
 * OkHttp would carry the {@code x-api-key} header to wherever they point.
 *
 * <p>Cancelling the signal cancels the OkHttp call, which closes the connection at once. Failures are
 * {@link ProviderException}s whose messages are safe to show users ({@link AnthropicErrors}). A reply
 * too large to hold (a stream line or event over 1 MiB, a reply over 8 MiB) fails as
 * {@code PROTOCOL} and the connection is dropped.
 */
public final class AnthropicChatModel implements ChatModel {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final double MAX_TEMPERATURE = 1.0;
    private static final Logger LOG = LoggerFactory.getLogger(AnthropicChatModel.class);

    private final AnthropicSettings settings;
    private final ProviderCall call;
    private final HttpUrl messagesUrl;
    private final AnthropicErrors errors;
    private final AnthropicStreamDecoder decoder;

    /** {@code http} is the shared client ({@link ProviderHttp#client()}); this adapter applies its own timeouts. */
    public AnthropicChatModel(AnthropicSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.errors = new AnthropicErrors(settings);
        this.decoder = new AnthropicStreamDecoder(errors);
        this.messagesUrl = settings.endpoint("messages");
        OkHttpClient client = ProviderHttp.tuned(http, settings.connectTimeout(), settings.readTimeout(), Duration.ZERO)
                .newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.call = new ProviderCall(client, errors.failures(), errors::fromStatus);
    }

    @Override
    public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
        return call.run(httpRequest(request, false), cancellation, this::readMessage);
    }

    @Override
    public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        Objects.requireNonNull(sink, "sink");
        return call.run(httpRequest(request, true), cancellation,
                response -> decoder.decode(response.body().source(), sink, cancellation));
    }

    private Request httpRequest(ModelRequest request, boolean stream) {
        Objects.requireNonNull(request, "request");
        AnthropicPrompt prompt = AnthropicPrompt.of(request.messages());
        GenerationOptions options = request.options();
        MessagesRequest body = new MessagesRequest(
                request.upstreamModel(),
                options.maxTokens() == null ? settings.defaultMaxTokens() : options.maxTokens(),
                prompt.messages(),
                prompt.system(),
                options.temperature() == null ? null : Math.min(options.temperature(), MAX_TEMPERATURE),
                options.topP(),
                options.stop().isEmpty() ? null : options.stop(),
                stream);
        if (options.seed() != null) {
            LOG.debug("Anthropic's Messages API takes no seed; the seed {} is not sent", options.seed());
        }
        Request.Builder builder = new Request.Builder()
                .url(messagesUrl)
                .header("anthropic-version", AnthropicSettings.API_VERSION)
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(toJson(body), JSON_TYPE));
        if (settings.apiKey() != null) {
            builder.header("x-api-key", settings.apiKey());
        }
        return builder.build();
    }

    private ModelReply readMessage(Response response) throws IOException {
        String body = ProviderLimits.bodyText(response.body());
        if (body == null) {
            throw errors.failures().protocol("a reply larger than 8 MiB", null);
        }
        Reply message = decoder.parse(body, Reply.class);
        if (AnthropicWire.ERROR.equals(message.type())) {
            throw errors.fromErrorObject(message.error());
        }
        if (message.content() == null) {
            throw errors.failures().protocol("a message without content", null);
        }
        AnthropicWire.Usage usage = message.usage();
        return new ModelReply(message.text(),
                usage == null ? null : AnthropicWire.usageOf(usage.promptTokens(), usage.outputTokens()),
                message.stopReason());
    }

    private static String toJson(MessagesRequest body) {
        try {
            return AnthropicWire.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a messages request could not be written as JSON", e);
        }
    }
}
