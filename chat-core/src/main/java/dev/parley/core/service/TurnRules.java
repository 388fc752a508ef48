package dev.parley.core.service;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import java.util.List;

/** Domain rule: what a user may send in one request. */
final class TurnRules {

    static final int MAX_TURNS = 100;
    static final int MAX_CONTENT_LENGTH = 200_000;

    private TurnRules() {
    }

    static List<PromptMessage> valid(List<PromptMessage> turns) {
        if (turns.isEmpty()) {
            throw new InvalidInputException("messages", "messages must contain at least one message");
        }
        if (turns.size() > MAX_TURNS) {
            throw new InvalidInputException("messages", "at most " + MAX_TURNS + " messages may be sent at once");
        }
        int images = 0;
        for (PromptMessage turn : turns) {
            if (turn.content().length() > MAX_CONTENT_LENGTH) {
                throw new InvalidInputException("messages",
                        "a message may hold at most " + MAX_CONTENT_LENGTH + " characters");
            }
            if (turn.hasImages() && turn.role() != Role.USER) {
                throw new InvalidInputException("images", "only a user's message may hold images");
            }
            images += turn.images().size();
        }
        if (images > PromptMessage.MAX_IMAGES) {
            throw new InvalidInputException("images", "at most " + PromptMessage.MAX_IMAGES + " images may be sent at once");
        }
        PromptMessage last = turns.getLast();
        if (last.role() != Role.USER || last.content().isBlank()) {
            throw new InvalidInputException("messages", "the last message must be a non-empty user message");
        }
        return turns;
    }

    /** The text a new conversation's title is derived from: the first user turn. */
    static String firstUserText(List<PromptMessage> turns) {
        return turns.stream().filter(t -> t.role() == Role.USER).findFirst().orElseThrow().content();
    }
}
