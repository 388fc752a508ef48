package dev.parley.http.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.domain.message.Message;
import dev.parley.core.port.in.Turn;
import java.util.List;

/**
 * Response: a whole reply ({@code "stream": false}) in OpenAI's chat.completion shape, plus its session.
 * {@code finish_reason} is the provider's ("stop" when it gave none); {@code usage} is null when the
 * provider reported none, which OpenAI's clients accept. {@code sources}, Parley's extension, numbers the
 * web search results the model was given, and is left out when no web search ran; {@code files}, the
 * session's files the model was given, is left out when the session has none.
 */
record ChatCompletionResponse(
        String id,
        String object,
        long created,
        String model,
        long sessionId,
        List<Choice> choices,
        UsageResponse usage,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceResponse> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FileUseResponse> files) {

    /** Response element: the one answer. */
    record Choice(int index, ChatMessage message, String finishReason) {
    }

    /** The answer to {@code turn}; {@code sources} null when no web search ran, {@code files} when none were used. */
    static ChatCompletionResponse of(Turn turn, List<SourceResponse> sources, List<FileUseResponse> files) {
        Message reply = turn.reply();
        String model = reply.model() != null ? reply.model() : turn.conversation().model();
        String finishReason = turn.finishReason() != null ? turn.finishReason() : "stop";
        return new ChatCompletionResponse(reply.id().toString(), "chat.completion", reply.createdAt().getEpochSecond(),
                model, turn.conversation().id().value(),
                List.of(new Choice(0, new ChatMessage("assistant", reply.content()), finishReason)),
                UsageResponse.ofNullable(reply.usage()), sources, files);
    }
}
