package dev.parley.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.ProviderCall;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.ProviderLimits;
import dev.parley.llm.openai.OpenAiWire.ChatRequest;
import dev.parley.llm.openai.OpenAiWire.Choice;
import dev.parley.llm.openai.OpenAiWire.Completion;
import dev.parley.llm.openai.OpenAiWire.ContentPart;
import dev.parley.llm.openai.OpenAiWire.ImagePart;
import dev.parley.llm.openai.OpenAiWire.RequestMessage;
import dev.parley.llm.openai.OpenAiWire.TextPart;
import dev.parley.llm.openai.OpenAiWire.StreamOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Driven adapter: a {@link ChatModel} served by any OpenAI-compatible server through
 * {@code POST {baseUrl}/chat/completions}, blocking the calling thread. One instance serves every
 * model of its provider (the request names the model) and is thread-safe. Sampling options
 * ({@code temperature}, {@code max_tokens}, {@code top_p}, {@code stop}, {@code seed}) travel only when
 * set. A message that shows images sends its content as parts: its text (unless empty), then each image
 * as an {@code image_url} part holding the URL as given (http(s) or {@code data:}); other messages send
 * plain strings. Cancelling the signal cancels the OkHttp call, which closes the connection at once.
 * Failures are {@link ProviderException}s whose messages are safe to show users: they never quote the
 * provider, which is logged instead. A reply too large to hold (a stream line or event over 1 MiB, a
 * reply over 8 MiB) fails as {@code PROTOCOL} and the connection is dropped.
 */
public final class OpenAiChatModel implements ChatModel {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OpenAiSettings settings;
    private final ProviderCall call;
    private final HttpUrl completionsUrl;
    private final OpenAiErrors errors;
    private final OpenAiStreamDecoder decoder;

    /** {@code http} is the shared client ({@link ProviderHttp#client()}); this adapter applies its own timeouts. */
    public OpenAiChatModel(OpenAiSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.errors = new OpenAiErrors(settings);
        this.decoder = new OpenAiStreamDecoder(errors);
        this.completionsUrl = settings.endpoint("chat/completions");
        OkHttpClient client =
                ProviderHttp.tuned(http, settings.connectTimeout(), settings.readTimeout(), Duration.ZERO);
        this.call = new ProviderCall(client, errors.failures(), errors::fromStatus);
    }

    @Override
    public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
        return call.run(httpRequest(request, false), cancellation, this::readCompletion);
    }

    @Override
    public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        Objects.requireNonNull(sink, "sink");
        return call.run(httpRequest(request, true), cancellation,
                response -> decoder.decode(response.body().source(), sink, cancellation));
    }

    private Request httpRequest(ModelRequest request, boolean stream) {
        Objects.requireNonNull(request, "request");
        GenerationOptions options = request.options();
        ChatRequest body = new ChatRequest(
                request.upstreamModel(),
                request.messages().stream().map(OpenAiChatModel::wireMessage).toList(),
                options.temperature(),
                options.maxTokens(),
                options.topP(),
                options.stop().isEmpty() ? null : options.stop(),
                options.seed(),
                stream,
                stream ? new StreamOptions(true) : null);
        Request.Builder builder = new Request.Builder()
                .url(completionsUrl)
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .post(RequestBody.create(toJson(body), JSON_TYPE));
        if (settings.apiKey() != null) {
            builder.header("Authorization", "Bearer " + settings.apiKey());
        }
        return builder.build();
    }

    /** Text-only messages stay plain strings, which every OpenAI-compatible server reads. */
    private static RequestMessage wireMessage(PromptMessage message) {
        if (!message.hasImages()) {
            return new RequestMessage(message.role().wireName(), message.content());
        }
        List<ContentPart> parts = new ArrayList<>();
        if (!message.content().isEmpty()) {
            parts.add(new TextPart(message.content()));
        }
        message.images().forEach(image -> parts.add(new ImagePart(image.url())));
        return new RequestMessage(message.role().wireName(), parts);
    }

    private ModelReply readCompletion(Response response) throws IOException {
        Completion completion = decoder.parse(wholeBody(response.body()));
        if (completion.error() != null && !completion.error().isNull()) {
            throw errors.fromErrorObject(completion.error());
        }
        Choice choice = completion.firstChoice();
        if (choice == null || choice.message() == null) {
            throw errors.failures().protocol("a completion without a message", null);
        }
        String text = choice.message().content() == null ? "" : choice.message().content();
        return new ModelReply(text, completion.usage() == null ? null : completion.usage().toDomain(),
                choice.finishReason());
    }

    private String wholeBody(ResponseBody body) throws IOException {
        String text = ProviderLimits.bodyText(body);
        if (text == null) {
            throw errors.failures().protocol("a reply larger than 8 MiB", null);
        }
        return text;
    }

    private static String toJson(ChatRequest body) {
        try {
            return OpenAiWire.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chat request could not be written as JSON", e);
        }
    }
}
