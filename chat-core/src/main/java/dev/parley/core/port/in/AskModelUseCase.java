package dev.parley.core.port.in;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;

/**
 * Incoming port: one question to a model, outside any conversation (seed 001's {@code /api/llm/}): nothing is
 * stored but the usage, which is charged to the asker. Failures: a blank or over-long prompt, a URL that is
 * not a public http(s) page, a document without text for a model that cannot see images, or web pages not
 * configured, is {@link InvalidInputException} ({@code "prompt"}, {@code "file_url"}); another user's file
 * is {@link NotFoundException}; the model or the site failing is {@link ProviderException}; cancelling ends
 * it with {@link CancelledException}.
 */
public interface AskModelUseCase {

    ModelAnswer ask(AskCommand command, CancellationSignal cancellation);
}
