package dev.parley.core.testing;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixture: ready-made values for contract tests, with microsecond-precise timestamps. */
public final class Fixtures {

    /** A timestamp with microseconds, to prove stores keep them. */
    public static final Instant T0 = Instant.parse("2025-03-04T05:06:07.123456Z");

    private static final AtomicLong UUIDS = new AtomicLong();

    private Fixtures() {
    }

    public static NewUser newUser(String username) {
        return new NewUser(username, "hash-of-" + username, T0);
    }

    public static NewUser newUser(String username, String email, UserRole role) {
        return new NewUser(username, email, "hash-of-" + username, role, T0);
    }

    public static User storedUser(PersistenceUnderTest store, String username) {
        return store.users().create(newUser(username));
    }

    public static NewConversation newConversation(User owner, String title, String model, Instant at) {
        return new NewConversation(new UUID(42, UUIDS.incrementAndGet()), owner.id(), title, model, at);
    }

    public static Conversation storedConversation(PersistenceUnderTest store, User owner, String title) {
        return store.conversations().create(newConversation(owner, title, "test-model", T0));
    }

    public static NewMessage userMessage(String content) {
        return new NewMessage(Role.USER, content, null, null, MessageStatus.COMPLETE, T0);
    }

    public static NewMessage assistantMessage(String content, String model, TokenUsage usage, MessageStatus status) {
        return new NewMessage(Role.ASSISTANT, content, model, usage, status, T0.plusSeconds(1));
    }
}
