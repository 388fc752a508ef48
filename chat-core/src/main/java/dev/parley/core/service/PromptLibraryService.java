package dev.parley.core.service;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.prompt.PromptTemplate;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.PreviewPromptCommand;
import dev.parley.core.port.in.PromptCommand;
import dev.parley.core.port.in.PromptLibraryUseCase;
import dev.parley.core.port.in.PromptPreview;
import dev.parley.core.port.in.UpdatePromptCommand;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.PromptRepository;
import java.util.List;
import java.util.Objects;

/**
 * Use case service: the prompt library. A user's own prompts are theirs to change; the system
 * templates are everyone's to read and admins' to change; another user's prompt does not exist.
 */
public final class PromptLibraryService implements PromptLibraryUseCase {

    private final CoreContext core;
    private final PromptRepository prompts;
    private final Admins admins;
    private final ModelChoice models;

    PromptLibraryService(CoreContext core) {
        this.core = core;
        this.prompts = core.ports().prompts();
        this.admins = new Admins(core.ports().users());
        this.models = new ModelChoice(core.models());
    }

    @Override
    public Prompt create(UserId user, PromptDraft draft) {
        Objects.requireNonNull(user, "user");
        return core.transactions().inTransaction(() -> prompts.create(user, draft, Timestamps.now(core.clock())));
    }

    @Override
    public Prompt get(PromptCommand command) {
        return visible(command.user(), command);
    }

    @Override
    public Page<Prompt> list(UserId user, PromptQuery query) {
        return prompts.list(user, query);
    }

    @Override
    public Prompt update(UpdatePromptCommand command) {
        return core.transactions().inTransaction(() -> {
            Prompt current = changeable(new PromptCommand(command.user(), command.prompt()));
            PromptDraft draft = new PromptDraft(command.title().orElse(current.title()),
                    command.content().orElse(current.content()), command.scenario().orElse(current.scenario()),
                    command.description().orElse(current.description()),
                    command.metadata().orElse(current.metadata()));
            return prompts.update(current.id(), draft, Timestamps.now(core.clock()))
                    .orElseThrow(() -> new NotFoundException("Prompt"));
        });
    }

    @Override
    public void delete(PromptCommand command) {
        core.transactions().inTransaction(() -> {
            Prompt prompt = changeable(command);
            prompts.delete(prompt.id());
            return null;
        });
    }

    @Override
    public PromptPreview preview(PreviewPromptCommand command) {
        Prompt prompt = command.prompt() == null ? null : visible(command.user(), new PromptCommand(command.user(),
                command.prompt()));
        String content = prompt == null ? command.content() : prompt.content();
        String rendered = PromptTemplate.parse(content).render(command.variables());
        ModelBinding model = models.requestedOr(command.model(), null);
        List<PromptMessage> messages = List.of(new PromptMessage(Role.USER, rendered));
        GenerationOptions options = GenerationOptions.DEFAULTS.withDefaults(model.descriptor().profile());
        if (options.temperature() == null) {
            options = new GenerationOptions(PromptPlanner.DEFAULT_TEMPERATURE, options.maxTokens(), options.topP(),
                    options.stop(), options.seed());
        }
        ModelReply reply = model.model().generate(
                new ModelRequest(model.descriptor().upstreamId(), messages, options), new CancellationSignal());
        boolean estimated = reply.usage() == null;
        TokenUsage usage = estimated
                ? new TokenUsage(core.tokenCounter().countPrompt(messages), core.tokenCounter().countText(reply.text()))
                : reply.usage();
        core.transactions().inTransaction(() -> {
            if (prompt != null) {
                prompts.recordUse(prompt.id());
            }
            core.usage().record(new UsageRecord(command.user(), null, null, model.descriptor().name(),
                    model.descriptor().provider(), usage, estimated, Timestamps.now(core.clock())));
            return null;
        });
        return new PromptPreview(reply.text(), usage.totalTokens(), model.descriptor().name());
    }

    private Prompt visible(UserId user, PromptCommand command) {
        return prompts.findVisible(user, command.prompt()).orElseThrow(() -> new NotFoundException("Prompt"));
    }

    /** The prompt if {@code command}'s user may change it: their own, or a template for an admin. */
    private Prompt changeable(PromptCommand command) {
        Prompt prompt = visible(command.user(), command);
        if (prompt.isTemplate()) {
            admins.require(command.user());
        }
        return prompt;
    }
}
