package dev.parley.http.v1;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.PromptUse;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.http.stream.Prompts;
import dev.parley.http.support.BodyFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Request: 002's {@code POST /v1/chat/stream} body. {@code model} may be left out (the session's model,
 * else the default, answers); a missing {@code temperature} is left to the core (the catalog's default for the model, else 0.7 as
 * 002 documents); {@code stream} defaults to true.
 * Parley adds OpenAI's {@code top_p}, {@code stop} (a string or a list of them) and {@code seed}, the
 * {@code images} (http(s) or data: URLs) the last message shows the model, {@code web_search}, and a library
 * prompt: {@code prompt_id} with its {@code variables} (an object of strings), rendered as one more user turn
 * after {@code messages}, which may then be empty or left out.
 */
record ChatRequest(
        String model,
        List<PromptMessage> messages,
        Double temperature,
        Integer maxTokens,
        Double topP,
        List<String> stop,
        Long seed,
        boolean stream,
        boolean webSearch,
        Long sessionId,
        PromptUse prompt) {

    private static final List<String> ROLES = List.of("user", "assistant", "system");

    static ChatRequest from(BodyFields body) {
        String model = body.optionalString("model");
        Long promptId = body.optionalLong("prompt_id");
        Map<String, String> variables = body.optionalStringMap("variables");
        List<PromptMessage> messages = new ArrayList<>();
        List<BodyFields> given = promptId == null ? body.requiredObjects("messages") : body.optionalObjects("messages");
        for (BodyFields message : given) {
            String role = message.requiredChoice("role", ROLES);
            String content = message.requiredString("content");
            if (role != null && content != null) {
                messages.add(new PromptMessage(Role.fromWire(role, "messages"), content));
            }
        }
        Double temperature = body.optionalNumber("temperature");
        Integer maxTokens = body.optionalInt("max_tokens");
        Double topP = body.optionalNumber("top_p");
        List<String> stop = body.optionalStringOrStrings("stop");
        Long seed = body.optionalLong("seed");
        List<ImageInput> images = images(body);
        boolean stream = body.optionalBoolean("stream", true);
        boolean webSearch = body.optionalBoolean("web_search", false);
        Long sessionId = body.optionalLong("session_id");
        body.throwIfInvalid();
        if (!images.isEmpty() && !messages.isEmpty()) {
            // The images belong to the newest message, the user's turn the core requires last.
            PromptMessage last = messages.removeLast();
            messages.add(new PromptMessage(last.role(), last.content(), images));
        }
        PromptUse prompt = promptId == null ? null : new PromptUse(Prompts.id(promptId), variables);
        return new ChatRequest(model, List.copyOf(messages), temperature, maxTokens, topP, stop, seed, stream,
                webSearch, sessionId, prompt);
    }

    private static List<ImageInput> images(BodyFields body) {
        List<String> urls = body.optionalStrings("images", PromptMessage.MAX_IMAGES);
        if (urls == null) {
            return List.of();
        }
        List<ImageInput> images = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            try {
                images.add(new ImageInput(urls.get(i)));
            } catch (InvalidInputException e) {
                body.invalidItem("images", i, e);
            }
        }
        return images;
    }

    /** @throws dev.parley.core.domain.error.InvalidInputException for an option out of range */
    SendMessageCommand toCommand(UserId user) {
        GenerationOptions options = new GenerationOptions(temperature,
                maxTokens, topP, stop, seed);
        ConversationId conversation = sessionId == null ? null : Sessions.id(sessionId);
        return new SendMessageCommand(user, conversation, model, messages, options, stream, webSearch, prompt);
    }
}
