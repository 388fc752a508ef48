package dev.parley.core.testing;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.UserAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Fake database behind the in-memory repositories: one lock serialises every operation, and a
 * transaction holds it throughout and restores a snapshot if its work throws. It also counts
 * operations so tests can prove that nothing per token reaches the store.
 */
public final class InMemoryDatabase {

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong operations = new AtomicLong();
    private State state = new State();
    private int depth;

    /** The tables; records are immutable, so a snapshot needs only copies of the maps. */
    static final class State {
        long lastUserId;
        long lastConversationId;
        long lastMessageId;
        final Map<Long, UserAccount> users = new LinkedHashMap<>();
        final Map<Long, Conversation> conversations = new LinkedHashMap<>();
        final Map<Long, List<Message>> messages = new LinkedHashMap<>();
        final Map<String, StoredCredential> credentials = new LinkedHashMap<>();
        final List<dev.parley.core.domain.usage.UsageRecord> usage = new ArrayList<>();
        long lastPromptId;
        long lastFileId;
        final Map<Long, dev.parley.core.domain.prompt.Prompt> prompts = new LinkedHashMap<>();
        final Map<Long, dev.parley.core.domain.file.StoredFile> files = new LinkedHashMap<>();

        State copy() {
            State copy = new State();
            copy.lastUserId = lastUserId;
            copy.lastConversationId = lastConversationId;
            copy.lastMessageId = lastMessageId;
            copy.users.putAll(users);
            copy.conversations.putAll(conversations);
            messages.forEach((id, list) -> copy.messages.put(id, new ArrayList<>(list)));
            copy.credentials.putAll(credentials);
            copy.usage.addAll(usage);
            copy.lastPromptId = lastPromptId;
            copy.lastFileId = lastFileId;
            copy.prompts.putAll(prompts);
            copy.files.putAll(files);
            return copy;
        }
    }

    /** Runs one repository operation under the lock. */
    <T> T operate(java.util.function.Function<State, T> operation) {
        lock.lock();
        try {
            operations.incrementAndGet();
            return operation.apply(state);
        } finally {
            lock.unlock();
        }
    }

    <T> T transaction(Supplier<T> work) {
        lock.lock();
        State before = depth == 0 ? state.copy() : null;
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            if (before != null) {
                state = before;
            }
            throw failure;
        } finally {
            depth--;
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside a transaction right now. */
    public boolean inTransaction() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    /** How many repository operations have run so far. */
    public long operationCount() {
        return operations.get();
    }
}
