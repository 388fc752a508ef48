package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database an earlier release created, with users in it, is brought up to date when the store opens. */
abstract class AbstractSchemaUpgradeTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07.123456Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    /** A new, empty database. */
    protected abstract DatabaseSettings newDatabase();

    @Test
    void aUserStoredBeforeAccountsExistedReadsBackAsAnActiveOrdinaryUserAtGenerationZero() throws SQLException {
        DatabaseSettings settings = newDatabase();
        migrateTo(settings, "1");
        insertFirstVersionUser(settings, "Oldtimer", "old-hash");

        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            UserAccount old = persistence.users().findAccountByUsername("oldtimer").orElseThrow();

            assertThat(old.user()).isEqualTo(new User(old.user().id(), "Oldtimer", null, UserRole.USER, true, 0, T0));
            assertThat(old.passwordHash()).isEqualTo("old-hash");
            assertThat(persistence.users().revokeCredentials(old.user().id()).credentialGeneration()).isEqualTo(1);
        }
    }

    @Test
    void usersOfTheFirstVersionKeepTheirIdsAndNewUsersGetFreshOnes() throws SQLException {
        DatabaseSettings settings = newDatabase();
        migrateTo(settings, "1");
        insertFirstVersionUser(settings, "first", "hash-1");
        insertFirstVersionUser(settings, "second", "hash-2");

        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            User newcomer = persistence.users().create(new NewUser("third", "third@example.org", "hash-3", UserRole.USER, T0));

            assertThat(persistence.users().list(new PageRequest(1, 10)).items())
                    .extracting(User::username, User::email)
                    .containsExactly(
                            tuple("first", null),
                            tuple("second", null),
                            tuple("third", "third@example.org"));
            assertThat(persistence.users().findById(newcomer.id())).contains(newcomer);
        }
    }

    @Test
    void aUserOfTheSecondVersionCanHoldCredentialsOnceTheStoreHasOpened() throws SQLException {
        DatabaseSettings settings = newDatabase();
        migrateTo(settings, "2");
        insertFirstVersionUser(settings, "veteran", "hash");

        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            User veteran = persistence.users().findAccountByUsername("veteran").orElseThrow().user();
            StoredCredential session = new StoredCredential("a".repeat(64), CredentialKind.SESSION, veteran.id(),
                    new UUID(1, 1), 0, T0, null, null, null);
            persistence.credentials().store(session);

            assertThat(persistence.credentials().findByHash(CredentialKind.SESSION, session.hash())).contains(session);
        }
        assertThat(appliedMigrations(settings)).containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void messagesOfTheThirdVersionReadBackWithoutImagesOrRequestAndTheirAuthorsUsageCanBeRecorded()
            throws SQLException {
        DatabaseSettings settings = newDatabase();
        migrateTo(settings, "3");
        insertFirstVersionUser(settings, "chatter", "hash");
        UUID chatUuid = new UUID(3, 3);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO conversations (uuid, owner_id, title, model, last_sequence, created_at,"
                    + " updated_at) SELECT '" + chatUuid + "', id, 'old chat', 'test-model', 2, created_at, created_at"
                    + " FROM users WHERE username = 'chatter'");
            statement.executeUpdate("INSERT INTO messages (conversation_id, sequence, role, content, model,"
                    + " prompt_tokens, completion_tokens, status, created_at)"
                    + " SELECT id, 1, 'USER', 'hello', NULL, NULL, NULL, 'COMPLETE', created_at FROM conversations");
            statement.executeUpdate("INSERT INTO messages (conversation_id, sequence, role, content, model,"
                    + " prompt_tokens, completion_tokens, status, created_at)"
                    + " SELECT id, 2, 'ASSISTANT', 'hi', 'test-model', 3, 4, 'COMPLETE', created_at FROM conversations");
        }

        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            User chatter = persistence.users().findAccountByUsername("chatter").orElseThrow().user();
            Conversation chat = persistence.conversations().findOwnedByUuid(chatter.id(), chatUuid).orElseThrow();
            List<Message> messages = persistence.messages().listByConversation(chat.id());

            assertThat(messages).extracting(Message::content, Message::images, Message::request, Message::usage)
                    .containsExactly(
                            tuple("hello", List.of(), null, null),
                            tuple("hi", List.of(), null, new TokenUsage(3, 4)));
            Message reply = messages.get(1);
            persistence.usage().record(new UsageRecord(chatter.id(), chat.id(), reply.id(), "test-model", "scripted",
                    reply.usage(), false, T0));
            assertThat(persistence.usage().totalsForUser(chatter.id(), new UsageQuery(DAY, DAY)))
                    .containsExactly(new UsageTotal(DAY, "test-model", 3, 4, 1));
        }
    }

    @Test
    void dataOfTheFourthVersionSurvivesTheFifthAndItsRepliesReadAsHavingUsedNoFiles() throws SQLException {
        DatabaseSettings settings = newDatabase();
        migrateTo(settings, "4");
        insertFirstVersionUser(settings, "writer", "hash");
        UUID chatUuid = new UUID(4, 4);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO conversations (uuid, owner_id, title, model, last_sequence, created_at,"
                    + " updated_at) SELECT '" + chatUuid + "', id, 'fourth chat', 'test-model', 1, created_at, created_at"
                    + " FROM users WHERE username = 'writer'");
            // The request metadata exactly as the fourth version wrote it: no files.
            statement.executeUpdate("INSERT INTO messages (conversation_id, sequence, role, content, images, model,"
                    + " prompt_tokens, completion_tokens, status, request_metadata, created_at)"
                    + " SELECT id, 1, 'ASSISTANT', 'hi', NULL, 'test-model', 3, 4, 'COMPLETE',"
                    + " '{\"provider\":\"scripted\",\"upstreamModel\":\"upstream-test-model\",\"options\":{\"stop\":[]},"
                    + "\"promptTokens\":3,\"sentMessages\":1,\"trimmedSequences\":[],\"usageEstimated\":false,"
                    + "\"sources\":[]}', created_at FROM conversations");
            statement.executeUpdate("INSERT INTO usage_records (user_id, conversation_id, message_id, model, provider,"
                    + " prompt_tokens, completion_tokens, estimated, created_at, usage_day)"
                    + " SELECT owner_id, id, 1, 'test-model', 'scripted', 3, 4, FALSE, created_at, DATE '2025-03-04'"
                    + " FROM conversations");
        }

        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            User writer = persistence.users().findAccountByUsername("writer").orElseThrow().user();
            Conversation chat = persistence.conversations().findOwnedByUuid(writer.id(), chatUuid).orElseThrow();
            Message reply = persistence.messages().listByConversation(chat.id()).getFirst();

            assertThat(reply.request()).isEqualTo(new RequestMetadata("scripted", "upstream-test-model", null,
                    GenerationOptions.DEFAULTS, null, 3, 1, List.of(), false, List.of(), null));
            assertThat(reply.request().files()).isEmpty();
            assertThat(persistence.usage().totalsForUser(writer.id(), new UsageQuery(DAY, DAY)))
                    .containsExactly(new UsageTotal(DAY, "test-model", 3, 4, 1));

            StoredFile file = persistence.files().create(new NewFile(writer.id(), chat.id(), "notes.txt", "text/plain",
                    5, FileKind.TEXT, "notes", null, "blob-key", T0));
            Prompt prompt = persistence.prompts().create(writer.id(), new PromptDraft("Mine", "mine {x}", null, null,
                    null), T0);
            assertThat(persistence.files().listByConversation(chat.id())).containsExactly(file);
            assertThat(persistence.prompts().list(writer.id(), new PromptQuery(Optional.empty(), true, Optional.empty(),
                    new PageRequest(1, 100))).items()).hasSize(7).first().isEqualTo(prompt);

            assertThat(persistence.users().delete(writer.id())).isTrue();
            assertThat(persistence.files().findOwned(writer.id(), file.id())).isEmpty();
        }
        assertThat(appliedMigrations(settings)).containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    private static void migrateTo(DatabaseSettings settings, String version) {
        Flyway.configure(AbstractSchemaUpgradeTest.class.getClassLoader())
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    private static List<String> appliedMigrations(DatabaseSettings settings) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** Inserts a user with only the first version's columns, which every later version still accepts. */
    private static void insertFirstVersionUser(DatabaseSettings settings, String username, String hash)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO users (username, username_canonical, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, username);
            insert.setString(2, username.toLowerCase(Locale.ROOT));
            insert.setString(3, hash);
            insert.setObject(4, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
