package dev.parley.persistence;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test fixture: the program {@link DurabilityTest} runs in a child JVM and kills. It appends messages
 * to an H2 file database one transaction at a time and acknowledges each on standard output, the
 * channel the parent reads, only after its commit has returned.
 */
final class AppendingChild {

    static final String CONVERSATION = "conversation ";
    static final String ACK = "ack ";
    private static final Instant AT = Instant.parse("2025-03-04T05:06:07.123456Z");

    private AppendingChild() {
    }

    /** Arguments: the data directory, and how many messages to append at most. */
    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int limit = Integer.parseInt(args[1]);
        PrintStream parent = System.out;
        try (JdbiPersistence persistence = JdbiPersistence.open(DatabaseSettings.h2File(dataDir))) {
            User user = persistence.users().create(new NewUser("durable", "hash", AT));
            Conversation chat = persistence.conversations()
                    .create(new NewConversation(UUID.randomUUID(), user.id(), "durable", "test-model", AT));
            parent.println(CONVERSATION + chat.id().value() + " " + user.id().value());
            parent.flush();
            for (int i = 1; i <= limit; i++) {
                NewMessage message = NewMessage.fromUser(Role.USER, "message " + i, AT);
                Message stored = persistence.transactions()
                        .inTransaction(() -> persistence.messages().append(chat.id(), List.of(message)).getFirst());
                parent.println(ACK + stored.sequence() + " " + stored.content());
                parent.flush();
            }
        }
    }
}
