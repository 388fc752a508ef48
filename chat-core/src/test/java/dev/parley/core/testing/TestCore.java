package dev.parley.core.testing;

import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.port.out.DrivenPorts;
import dev.parley.core.service.ChatCore;

/**
 * Test fixture: the whole core wired on in-memory fakes. Models "test-model" (the default) and
 * "other-model" (upstream ids "upstream-test-model", "upstream-other-model", provider "scripted")
 * are both served by one {@link ScriptedChatModel}. Tokens are counted by {@link WordTokenCounter};
 * web searches answer from {@link ScriptedWebSearch}.
 */
public final class TestCore {

    public static final String DEFAULT_MODEL = "test-model";
    public static final String OTHER_MODEL = "other-model";
    public static final String PASSWORD = "correct horse battery";

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final MutableClock clock = new MutableClock();
    private final ScriptedWebSearch webSearch = new ScriptedWebSearch();
    private final ScriptedWebPages webPages = new ScriptedWebPages();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemoryModelCatalog catalog =
            InMemoryModelCatalog.of(model, "scripted", DEFAULT_MODEL, OTHER_MODEL);
    private final DrivenPorts ports;
    private final UseCases useCases;

    private TestCore() {
        ports = new DrivenPorts(clock, new SequentialIds(), new InMemoryTransactions(database),
                new InMemoryUserRepository(database), new InMemoryCredentialRepository(database),
                new InMemoryConversationRepository(database),
                new InMemoryMessageRepository(database),
                catalog,
                new FakePasswordHasher(), new FakeTokenService(clock), new InMemoryUsageRepository(database),
                new WordTokenCounter(), webSearch, new InMemoryPromptRepository(database),
                new InMemoryFileRepository(database), blobs, new FakeTextExtractor(), webPages);
        useCases = ChatCore.wire(ports);
    }

    public static TestCore create() {
        return new TestCore();
    }

    public UseCases useCases() {
        return useCases;
    }

    public DrivenPorts ports() {
        return ports;
    }

    public ScriptedChatModel model() {
        return model;
    }

    /** The catalog, to give models profiles or add models (say, a fallback served by another fake). */
    public InMemoryModelCatalog catalog() {
        return catalog;
    }

    public InMemoryBlobStore blobs() {
        return blobs;
    }

    public ScriptedWebPages webPages() {
        return webPages;
    }

    public ScriptedWebSearch webSearch() {
        return webSearch;
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryDatabase database() {
        return database;
    }

    /** Registers a user whose password is {@link #PASSWORD}. */
    public User register(String username) {
        return useCases.registerUser().register(new RegisterUserCommand(username, PASSWORD));
    }

    /** Registers a user and returns a bearer token for them. */
    public String tokenFor(String username) {
        register(username);
        return useCases.issueToken().issue(new IssueTokenCommand(username, PASSWORD)).value();
    }
}
