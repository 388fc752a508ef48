package dev.parley.http.v1;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.http.support.BodyFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Request: 002's {@code POST /v1/chat/stream} body. {@code model} may be left out (the session's model,
 * else the default, answers); {@code temperature} defaults to 0.7 as 002 documents; {@code stream} to true.
 */
record ChatRequest(
        String model,
        List<PromptMessage> messages,
        Double temperature,
        Integer maxTokens,
        boolean stream,
        Long sessionId) {

    static final double DEFAULT_TEMPERATURE = 0.7;
    private static final List<String> ROLES = List.of("user", "assistant", "system");

    static ChatRequest from(BodyFields body) {
        String model = body.optionalString("model");
        List<PromptMessage> messages = new ArrayList<>();
        for (BodyFields message : body.requiredObjects("messages")) {
            String role = message.requiredChoice("role", ROLES);
            String content = message.requiredString("content");
            if (role != null && content != null) {
                messages.add(new PromptMessage(Role.fromWire(role, "messages"), content));
            }
        }
        Double temperature = body.optionalNumber("temperature");
        Integer maxTokens = body.optionalInt("max_tokens");
        boolean stream = body.optionalBoolean("stream", true);
        Long sessionId = body.optionalLong("session_id");
        body.throwIfInvalid();
        return new ChatRequest(model, List.copyOf(messages), temperature, maxTokens, stream, sessionId);
    }

    /** @throws dev.parley.core.domain.error.InvalidInputException for an option out of range */
    SendMessageCommand toCommand(UserId user) {
        GenerationOptions options =
                new GenerationOptions(temperature != null ? temperature : DEFAULT_TEMPERATURE, maxTokens);
        ConversationId conversation = sessionId == null ? null : Sessions.id(sessionId);
        return new SendMessageCommand(user, conversation, model, messages, options, stream);
    }
}
