package dev.parley.core.port.out;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;

/**
 * Outgoing port: a language model behind some provider. Both methods block the calling thread until
 * the reply has ended, so run them on a virtual thread. Implementations are thread-safe: one
 * instance serves many concurrent requests.
 *
 * <p>Failures: a provider's refusal or breakdown is a {@link ProviderException} of the matching
 * kind; a cancelled {@link CancellationSignal} (before or during the call) ends the call promptly,
 * closes the upstream connection, and throws {@link CancelledException}.
 */
public interface ChatModel {

    /** Asks for a whole reply at once. */
    ModelReply generate(ModelRequest request, CancellationSignal cancellation);

    /**
     * Streams a reply, handing each piece of text to {@code sink} as it arrives. The returned reply's
     * text is the concatenation of every piece handed to the sink.
     */
    ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation);
}
