package dev.parley.llm.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.ProviderCall;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.ProviderLimits;
import dev.parley.llm.ollama.OllamaWire.ChatChunk;
import dev.parley.llm.ollama.OllamaWire.ChatRequest;
import dev.parley.llm.ollama.OllamaWire.Message;
import dev.parley.llm.ollama.OllamaWire.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Driven adapter: a {@link ChatModel} served by Ollama's native {@code POST {baseUrl}/api/chat},
 * blocking the calling thread. One instance serves every model of the server (the request names
 * the model) and is thread-safe. Sampling options travel in Ollama's {@code options}, and only when
 * set: {@code temperature}, {@code num_predict} (the token limit), {@code top_p}, {@code stop},
 * {@code seed}. Images travel as base64 bytes in the message's {@code images}: inline images as they
 * are, http(s) images fetched by the {@link RemoteImages} given (without one they are refused as
 * invalid input, since Ollama fetches nothing itself). Cancelling the signal cancels the OkHttp call,
 * which closes the connection at once. Failures are {@link ProviderException}s whose messages are safe
 * to show users: they never quote the server, which is logged instead. A reply too large to hold (a stream line over 1 MiB, a reply over 8 MiB)
 * fails as {@code PROTOCOL} and the connection is dropped.
 */
public final class OllamaChatModel implements ChatModel {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final ProviderCall call;
    private final HttpUrl chatUrl;
    private final OllamaErrors errors;
    private final OllamaStreamDecoder decoder;
    private final RemoteImages remoteImages;

    /**
     * {@code http} is the shared client ({@link ProviderHttp#client()}); this adapter applies its own
     * timeouts. Images must be inline ({@code data:} URLs): an http(s) image is refused as invalid input.
     */
    public OllamaChatModel(OllamaSettings settings, OkHttpClient http) {
        this(settings, http, null);
    }

    /**
     * As {@link #OllamaChatModel(OllamaSettings, OkHttpClient)}, with http(s) images fetched by
     * {@code remoteImages}; null refuses them.
     */
    public OllamaChatModel(OllamaSettings settings, OkHttpClient http, RemoteImages remoteImages) {
        Objects.requireNonNull(settings, "settings");
        this.remoteImages = remoteImages;
        this.errors = new OllamaErrors(settings);
        this.decoder = new OllamaStreamDecoder(errors);
        this.chatUrl = settings.endpoint("api/chat");
        OkHttpClient client =
                ProviderHttp.tuned(http, settings.connectTimeout(), settings.readTimeout(), Duration.ZERO);
        this.call = new ProviderCall(client, errors.failures(), errors::fromStatus);
    }

    @Override
    public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
        return call.run(httpRequest(request, false), cancellation, this::readWholeReply);
    }

    @Override
    public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        Objects.requireNonNull(sink, "sink");
        return call.run(httpRequest(request, true), cancellation,
                response -> decoder.decode(response.body().source(), sink, cancellation));
    }

    private Request httpRequest(ModelRequest request, boolean stream) {
        Objects.requireNonNull(request, "request");
        ChatRequest body = new ChatRequest(
                request.upstreamModel(),
                request.messages().stream().map(this::wireMessage).toList(),
                stream,
                Options.of(request.options()));
        return new Request.Builder()
                .url(chatUrl)
                .header("Accept", stream ? "application/x-ndjson" : "application/json")
                .post(RequestBody.create(toJson(body), JSON_TYPE))
                .build();
    }

    private Message wireMessage(PromptMessage message) {
        List<String> images = message.images().stream().map(this::base64Of).toList();
        return new Message(message.role().wireName(), message.content(), images.isEmpty() ? null : images);
    }

    private String base64Of(ImageInput image) {
        if (image.isInline()) {
            return image.base64Data();
        }
        if (remoteImages == null) {
            throw new InvalidInputException("images", "Ollama takes inline images only (data: URLs); this model"
                    + " cannot be shown an image by its http(s) URL");
        }
        return remoteImages.base64Of(image.url());
    }

    private ModelReply readWholeReply(Response response) throws IOException {
        String body = ProviderLimits.bodyText(response.body());
        if (body == null) {
            throw errors.failures().protocol("a reply larger than 8 MiB", null);
        }
        ChatChunk reply = decoder.parse(body);
        if (reply.failed()) {
            throw errors.fromErrorValue(reply.error());
        }
        if (reply.message() == null) {
            throw errors.failures().protocol("a reply without a message", null);
        }
        String text = reply.content() == null ? "" : reply.content();
        return new ModelReply(text, reply.usage(), reply.doneReason());
    }

    private static String toJson(ChatRequest body) {
        try {
            return OllamaWire.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chat request could not be written as JSON", e);
        }
    }
}
