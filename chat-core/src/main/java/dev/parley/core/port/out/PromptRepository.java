package dev.parley.core.port.out;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing port: the prompt library. A prompt belongs to one user, or to nobody when it is a system
 * template; a user sees their own prompts and the templates, never another user's. Deleting a user
 * deletes their prompts. Thread-safe; joins the caller's transaction when one is open. No method
 * accepts or returns null except {@code owner} in {@link #create}.
 */
public interface PromptRepository {

    /** Stores a new prompt with a usage count of 0; {@code owner} null makes a system template. */
    Prompt create(UserId owner, PromptDraft draft, Instant at);

    /** The prompt if {@code user} may see it: their own, or a template. */
    Optional<Prompt> findVisible(UserId user, PromptId id);

    /** The prompts {@code user} may see that match {@code query}, with the total that match. */
    Page<Prompt> list(UserId user, PromptQuery query);

    /**
     * Replaces a prompt's written parts and sets its update time; the caller has checked the right
     * to. Returns the prompt as stored, or empty when it does not exist.
     */
    Optional<Prompt> update(PromptId id, PromptDraft draft, Instant at);

    /** Deletes a prompt; false when it did not exist. */
    boolean delete(PromptId id);

    /** Adds one to a prompt's usage count, atomically, even when uses race. */
    void recordUse(PromptId id);
}
