package dev.parley.core.port.out;

import dev.parley.core.domain.model.PromptMessage;
import java.util.List;

/**
 * Outgoing port: counts tokens the way models do, for usage a provider did not report and for
 * fitting a conversation into a model's context window. Counts may be estimates for models whose
 * tokenizer differs; they never throw. Thread-safe.
 */
public interface TokenCounter {

    /** Tokens in a piece of text. */
    int countText(String text);

    /**
     * Tokens a list of messages costs as a prompt, including each message's framing. Images are
     * counted at a flat rate per image since their cost depends on the provider.
     */
    int countPrompt(List<PromptMessage> messages);
}
