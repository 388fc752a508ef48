package dev.parley.core.testing;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.PromptRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Fake {@link PromptRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryPromptRepository implements PromptRepository {

    private final InMemoryDatabase database;

    public InMemoryPromptRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public Prompt create(UserId owner, PromptDraft draft, Instant at) {
        return database.operate(state -> {
            if (owner != null && !state.users.containsKey(owner.value())) {
                throw new dev.parley.core.domain.error.NotFoundException("User");
            }
            Prompt prompt = new Prompt(new PromptId(++state.lastPromptId), owner, draft.title(), draft.content(),
                    draft.scenario(), draft.description(), draft.metadata(), 0, at, at);
            state.prompts.put(prompt.id().value(), prompt);
            return prompt;
        });
    }

    @Override
    public Optional<Prompt> findVisible(UserId user, PromptId id) {
        return database.operate(state -> Optional.ofNullable(state.prompts.get(id.value()))
                .filter(prompt -> prompt.isVisibleTo(user)));
    }

    @Override
    public Page<Prompt> list(UserId user, PromptQuery query) {
        return database.operate(state -> {
            List<Prompt> matching = state.prompts.values().stream()
                    .filter(p -> p.isTemplate() ? query.includeTemplates() : p.owner().equals(user))
                    .filter(p -> query.scenario().map(s -> s.equals(p.scenario())).orElse(true))
                    .filter(p -> query.search().map(s -> contains(p, s)).orElse(true))
                    .sorted(Comparator.comparing(Prompt::isTemplate)
                            .thenComparing(Prompt::createdAt, Comparator.reverseOrder())
                            .thenComparing(p -> p.id().value(), Comparator.reverseOrder()))
                    .toList();
            List<Prompt> page = matching.stream().skip(query.page().offset()).limit(query.page().pageSize()).toList();
            return new Page<>(page, matching.size(), query.page());
        });
    }

    private static boolean contains(Prompt prompt, String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        return prompt.title().toLowerCase(Locale.ROOT).contains(needle)
                || prompt.content().toLowerCase(Locale.ROOT).contains(needle)
                || prompt.description() != null && prompt.description().toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    public Optional<Prompt> update(PromptId id, PromptDraft draft, Instant at) {
        return database.operate(state -> Optional.ofNullable(state.prompts.get(id.value())).map(current -> {
            Prompt changed = new Prompt(current.id(), current.owner(), draft.title(), draft.content(), draft.scenario(),
                    draft.description(), draft.metadata(), current.usageCount(), current.createdAt(), at);
            state.prompts.put(id.value(), changed);
            return changed;
        }));
    }

    @Override
    public boolean delete(PromptId id) {
        return database.operate(state -> state.prompts.remove(id.value()) != null);
    }

    @Override
    public void recordUse(PromptId id) {
        database.operate(state -> state.prompts.computeIfPresent(id.value(), (key, p) -> new Prompt(p.id(), p.owner(),
                p.title(), p.content(), p.scenario(), p.description(), p.metadata(), p.usageCount() + 1,
                p.createdAt(), p.updatedAt())));
    }
}
