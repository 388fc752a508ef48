package dev.parley.core.service;

import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.ModelBinding;
import java.util.List;

/**
 * A reply outside any conversation (a prompt preview, a question about a document): asked whole, with the
 * model's catalog defaults and Parley's default temperature, its usage (counted when the provider reports
 * none) charged to the user's ledger in one transaction together with {@code alsoInTransaction}.
 */
final class OneShotReply {

    /** What came back: the text, the usage charged, and the model that answered. */
    record Answer(String text, TokenUsage usage, String model) {
    }

    private final CoreContext core;

    OneShotReply(CoreContext core) {
        this.core = core;
    }

    Answer ask(UserId user, ModelBinding model, List<PromptMessage> messages, CancellationSignal cancellation,
            Runnable alsoInTransaction) {
        GenerationOptions options = GenerationOptions.DEFAULTS.withDefaults(model.descriptor().profile());
        if (options.temperature() == null) {
            options = new GenerationOptions(PromptPlanner.DEFAULT_TEMPERATURE, options.maxTokens(), options.topP(),
                    options.stop(), options.seed());
        }
        ModelReply reply = model.model().generate(
                new ModelRequest(model.descriptor().upstreamId(), messages, options), cancellation);
        boolean estimated = reply.usage() == null;
        TokenUsage usage = estimated
                ? new TokenUsage(core.tokenCounter().countPrompt(messages), core.tokenCounter().countText(reply.text()))
                : reply.usage();
        core.transactions().inTransaction(() -> {
            alsoInTransaction.run();
            core.usage().record(new UsageRecord(user, null, null, model.descriptor().name(),
                    model.descriptor().provider(), usage, estimated, Timestamps.now(core.clock())));
            return null;
        });
        return new Answer(reply.text(), usage, model.descriptor().name());
    }
}
