package dev.parley.core.service;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.prompt.PromptTemplate;
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
    private final OneShotReply oneShot;

    PromptLibraryService(CoreContext core) {
        this.core = core;
        this.oneShot = new OneShotReply(core);
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
        OneShotReply.Answer answer = oneShot.ask(command.user(), model, messages, new CancellationSignal(), () -> {
            if (prompt != null) {
                prompts.recordUse(prompt.id());
            }
        });
        return new PromptPreview(answer.text(), answer.usage().totalTokens(), answer.model());
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
