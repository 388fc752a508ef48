package dev.parley.core.testing;

import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.CredentialRepository;
import dev.parley.core.port.out.FileRepository;
import dev.parley.core.port.out.MessageRepository;
import dev.parley.core.port.out.PromptRepository;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UsageRepository;
import dev.parley.core.port.out.UserRepository;

/** Test fixture: the persistence ports of one store, as the repository contracts exercise them. */
public record PersistenceUnderTest(
        UserRepository users,
        CredentialRepository credentials,
        ConversationRepository conversations,
        MessageRepository messages,
        UsageRepository usage,
        PromptRepository prompts,
        FileRepository files,
        Transactions transactions) {

    /** A fresh, empty in-memory store. */
    public static PersistenceUnderTest inMemory() {
        InMemoryDatabase database = new InMemoryDatabase();
        return new PersistenceUnderTest(new InMemoryUserRepository(database), new InMemoryCredentialRepository(database),
                new InMemoryConversationRepository(database), new InMemoryMessageRepository(database),
                new InMemoryUsageRepository(database), new InMemoryPromptRepository(database),
                new InMemoryFileRepository(database), new InMemoryTransactions(database));
    }
}
