package dev.parley.llm.resilience;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ParleyException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.time.Duration;

/** Why a call, or one attempt of it, was stopped before the provider finished, and what it then throws. */
enum Stop {
    /** The caller cancelled its own signal. */
    CALLER,
    /** A streamed attempt sent no piece within the first-token timeout. */
    FIRST_TOKEN,
    /** A streamed reply fell silent for the idle timeout after it had begun. */
    IDLE,
    /** The whole call, retries included, passed the total timeout. */
    TOTAL;

    /** What the call throws: the caller's own cancellation stays one; a timeout names its limit. */
    ParleyException failure(ResilienceSettings settings, String provider, Throwable cause) {
        String sentence = switch (this) {
            case CALLER -> null;
            case FIRST_TOKEN -> "The model did not start answering within " + spoken(settings.firstTokenTimeout()) + ".";
            case IDLE -> "The model stopped sending for " + spoken(settings.idleTimeout())
                    + " in the middle of its reply.";
            case TOTAL -> "The reply took longer than the " + spoken(settings.totalTimeout()) + " limit.";
        };
        return sentence == null ? new CancelledException(cause)
                : new ProviderException(Kind.TIMEOUT, provider, sentence, cause);
    }

    /** "60 s" for whole seconds, else "250 ms". */
    static String spoken(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
