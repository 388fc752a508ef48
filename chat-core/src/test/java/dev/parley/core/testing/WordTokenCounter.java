package dev.parley.core.testing;

import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.TokenCounter;
import java.util.List;

/**
 * Fake {@link TokenCounter} whose counts a test can work out by eye: one token per
 * whitespace-separated word, plus {@link #PER_MESSAGE} per message and {@link #PER_IMAGE} per image.
 */
public final class WordTokenCounter implements TokenCounter {

    public static final int PER_MESSAGE = 4;
    public static final int PER_IMAGE = 100;

    @Override
    public int countText(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    @Override
    public int countPrompt(List<PromptMessage> messages) {
        return messages.stream()
                .mapToInt(m -> PER_MESSAGE + countText(m.content()) + PER_IMAGE * m.images().size())
                .sum();
    }
}
