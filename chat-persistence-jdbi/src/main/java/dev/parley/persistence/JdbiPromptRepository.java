package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.PromptRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Driven adapter: {@link PromptRepository} on the {@code prompts} table, where a system template's
 * {@code user_id} is NULL. Text columns go through {@link TextColumns}, metadata through
 * {@link JsonColumns}; what is returned is read back from the row, so it equals any later read.
 *
 * <p>Creating a prompt for a user who does not exist (or no longer does) throws {@link NotFoundException}.
 */
final class JdbiPromptRepository implements PromptRepository {

    private static final PromptRowMapper MAPPER = new PromptRowMapper();
    private static final String INSERT = "INSERT INTO prompts (user_id, title, content, scenario, description,"
            + " metadata, usage_count, created_at, updated_at) ";
    private static final String VALUES = ":title, :content, :scenario, :description, :metadata, 0, :at, :at";

    private final Handles handles;

    JdbiPromptRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public Prompt create(UserId owner, PromptDraft draft, Instant at) {
        return handles.inTransaction(handle -> {
            // Inserting only beside an existing user turns a missing one into a clear answer, not a key violation.
            Update insert = owner == null
                    ? handle.createUpdate(INSERT + "VALUES (NULL, " + VALUES + ")")
                    : handle.createUpdate(INSERT + "SELECT id, " + VALUES + " FROM users WHERE id = :owner")
                            .bind("owner", owner.value());
            long id = written(insert, draft, at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .findOne()
                    .orElseThrow(() -> new NotFoundException(JdbiUserRepository.RESOURCE));
            return find(handle, new PromptId(id)).orElseThrow();
        });
    }

    @Override
    public Optional<Prompt> findVisible(UserId user, PromptId id) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + PromptRowMapper.COLUMNS
                        + " FROM prompts WHERE id = :id AND (user_id = :user OR user_id IS NULL)")
                .bind("id", id.value())
                .bind("user", user.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Page<Prompt> list(UserId user, PromptQuery query) {
        return handles.withHandle(new PromptSearch(user, query)::run);
    }

    @Override
    public Optional<Prompt> update(PromptId id, PromptDraft draft, Instant at) {
        return handles.inTransaction(handle -> {
            int changed = written(handle.createUpdate("""
                            UPDATE prompts SET title = :title, content = :content, scenario = :scenario,
                                   description = :description, metadata = :metadata, updated_at = :at
                            WHERE id = :id"""), draft, at)
                    .bind("id", id.value())
                    .execute();
            return changed == 0 ? Optional.<Prompt>empty() : find(handle, id);
        });
    }

    @Override
    public boolean delete(PromptId id) {
        return handles.withHandle(handle -> handle.createUpdate("DELETE FROM prompts WHERE id = :id")
                .bind("id", id.value())
                .execute()) > 0;
    }

    @Override
    public void recordUse(PromptId id) {
        // One statement: the database adds under the row's lock, so racing uses are all counted.
        handles.withHandle(handle -> handle
                .createUpdate("UPDATE prompts SET usage_count = usage_count + 1 WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    private static Update written(Update statement, PromptDraft draft, Instant at) {
        return statement
                .bind("title", TextColumns.stored(draft.title()))
                .bind("content", TextColumns.stored(draft.content()))
                .bind("scenario", TextColumns.stored(draft.scenario()))
                .bind("description", TextColumns.stored(draft.description()))
                .bind("metadata", JsonColumns.metadata(draft.metadata()))
                .bind("at", TimestampColumns.argument(at));
    }

    private static Optional<Prompt> find(Handle handle, PromptId id) {
        return handle.createQuery("SELECT " + PromptRowMapper.COLUMNS + " FROM prompts WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne();
    }
}
