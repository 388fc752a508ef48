package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.UserRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What the SQL store does beyond the port contracts, on each database it supports: the portable
 * schema, storage precision, transaction isolation, locking, and restarts.
 */
abstract class AbstractJdbiPersistenceTest extends AbstractJdbiStoreTest {

    @Test
    void contentOfSeveralMegabytesRoundTrips() {
        Conversation chat = conversation("big", T0);
        String content = "0123456789abcdef".repeat(5 * 1024 * 1024 / 16);

        persistence.messages().append(chat.id(), List.of(userMessage(content)));

        assertThat(persistence.messages().listByConversation(chat.id()).getFirst().content()).isEqualTo(content);
    }

    @Test
    void anInlineImageOfTheLargestAcceptedSizeRoundTrips() {
        Conversation chat = conversation("picture", T0);
        String header = "data:image/png;base64,";
        ImageInput image = new ImageInput(header + "A".repeat(ImageInput.MAX_URL_LENGTH - header.length()));

        persistence.messages().append(chat.id(), List.of(NewMessage.fromUser(Role.USER, "look", List.of(image), T0)));

        assertThat(persistence.messages().listByConversation(chat.id()).getFirst().images()).containsExactly(image);
    }

    @Test
    void requestMetadataWithFieldsThisReleaseDoesNotKnowAndListsItLacksStillReads() throws SQLException {
        Conversation chat = conversation("from the future", T0);
        persistence.messages().append(chat.id(), List.of(userMessage("hello")));
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE messages SET request_metadata = '{\"provider\":\"p\",\"upstreamModel\":\"u\","
                    + "\"promptTokens\":3,\"sentMessages\":1,\"laterField\":{\"x\":[1,2]}}'");
        }

        assertThat(persistence.messages().listByConversation(chat.id()).getFirst().request()).isEqualTo(
                new RequestMetadata("p", "u", null, GenerationOptions.DEFAULTS, null, 3, 1, List.of(), false, List.of(),
                        null));
    }

    @Test
    void recordingUsageForAUserWhoDoesNotExistIsNotFound() {
        UsageRecord stray = new UsageRecord(new UserId(987_654), new ConversationId(1), new MessageId(1), "test-model",
                "scripted", new TokenUsage(1, 2), false, T0);

        assertThatThrownBy(() -> persistence.usage().record(stray)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nulAndPrivateUseCharactersSurviveInTitlesAndContent() {
        String text = "a\u0000b \uE000 \uE0000 \uE000\uE000 \u0000";
        Conversation chat = conversation(text, T0);

        persistence.messages().append(chat.id(), List.of(userMessage(text)));

        assertThat(persistence.conversations().findOwned(alice.id(), chat.id())).get()
                .extracting(Conversation::title).isEqualTo(text);
        assertThat(persistence.messages().listByConversation(chat.id()).getFirst().content()).isEqualTo(text);
    }

    @Test
    void timestampsAreStoredAndReturnedAtMicrosecondPrecision() {
        Instant withNanos = Instant.parse("2025-03-04T05:06:07.123456789Z");
        Instant micros = Instant.parse("2025-03-04T05:06:07.123456Z");

        Conversation chat = conversation("precise", withNanos);
        Message message = persistence.messages().append(chat.id(),
                List.of(NewMessage.fromUser(Role.USER, "hi", withNanos))).getFirst();

        assertThat(chat.createdAt()).isEqualTo(micros);
        assertThat(message.createdAt()).isEqualTo(micros);
        assertThat(persistence.conversations().findOwned(alice.id(), chat.id())).contains(chat);
        assertThat(persistence.messages().listByConversation(chat.id())).containsExactly(message);
    }

    @Test
    void creationRangeWithSubMicrosecondBoundsKeepsOnlyWhatLiesInside() {
        Instant stored = Instant.parse("2025-03-04T05:06:07.123456Z");
        conversation("inside", stored);

        assertThat(titlesCreatedBetween(stored.minusNanos(1), stored.plusNanos(1))).containsExactly("inside");
        assertThat(titlesCreatedBetween(stored.plusNanos(1), stored.plusSeconds(1))).isEmpty();
        assertThat(titlesCreatedBetween(stored.minusSeconds(1), stored.minusNanos(1))).isEmpty();
    }


    @Test
    void messagesOfMoreConversationsThanOneQueryBindsAreAllKeyed() {
        Conversation chat = conversation("one", T0);
        persistence.messages().append(chat.id(), List.of(userMessage("hello")));
        List<ConversationId> ids = LongStream.rangeClosed(1, 2500).mapToObj(ConversationId::new).toList();

        var found = persistence.messages().listByConversations(ids);

        assertThat(found).hasSize(2500);
        assertThat(found.get(chat.id())).extracting(Message::content).containsExactly("hello");
    }

    @Test
    void reopeningKeepsTheDataAndRecordsTheSchemaVersionOnce() throws SQLException {
        Conversation chat = conversation("survivor", T0);
        persistence.close();

        persistence = JdbiPersistence.open(settings);
        persistence.close();
        persistence = JdbiPersistence.open(settings);

        assertThat(persistence.conversations().findOwned(alice.id(), chat.id())).contains(chat);
        assertThat(appliedMigrations()).containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    private List<String> appliedMigrations() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private List<String> titlesCreatedBetween(Instant from, Instant to) {
        return persistence.conversations().search(new ConversationQuery(alice.id(), Optional.of(from), Optional.of(to),
                Optional.empty(), new PageRequest(1, 10))).items().stream().map(Conversation::title).toList();
    }

    private Conversation conversation(String title, Instant at) {
        return persistence.conversations().create(new NewConversation(UUID.randomUUID(), alice.id(), title, "test-model", at));
    }

    private static NewMessage userMessage(String content) {
        return new NewMessage(Role.USER, content, null, null, MessageStatus.COMPLETE, T0);
    }
}
