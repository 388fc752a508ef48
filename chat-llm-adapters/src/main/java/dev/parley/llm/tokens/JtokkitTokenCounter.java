package dev.parley.llm.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.TokenCounter;
import java.util.List;

/**
 * Driven adapter: a {@link TokenCounter} using OpenAI's {@code o200k_base} encoding (GPT-4o's) through
 * jtokkit. Text counts are exact for OpenAI's current models and estimates for every other model,
 * whose tokenizers differ. A prompt costs, per message, {@value #PER_MESSAGE} framing tokens plus its
 * role and its text, and {@value #PER_IMAGE} per image (what OpenAI charges for a low-detail image;
 * larger images cost more, other providers count differently), plus {@value #REPLY_PRIMING} that prime
 * the reply, the way OpenAI's cookbook counts chat prompts. Special tokens such as
 * {@code <|endoftext|>} in the text are counted as the ordinary text they are sent as. Thread-safe;
 * never throws.
 */
public final class JtokkitTokenCounter implements TokenCounter {

    public static final int PER_MESSAGE = 3;
    public static final int REPLY_PRIMING = 3;
    public static final int PER_IMAGE = 85;

    /** Loaded once per JVM, on first use: the encoding's table is a few megabytes, and jtokkit's encodings are thread-safe. */
    private static final class O200k {
        static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    }

    @Override
    public int countText(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            return O200k.ENCODING.countTokensOrdinary(text);
        } catch (RuntimeException unexpected) {
            // A counter must never fail a reply; four characters a token is the usual rough estimate.
            return (text.length() + 3) / 4;
        }
    }

    @Override
    public int countPrompt(List<PromptMessage> messages) {
        if (messages == null || messages.isEmpty()) {
            return 0;
        }
        long total = REPLY_PRIMING;
        for (PromptMessage message : messages) {
            if (message == null) {
                continue;
            }
            total += PER_MESSAGE + countText(message.role().wireName()) + countText(message.content())
                    + (long) PER_IMAGE * message.images().size();
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
