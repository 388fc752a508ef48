package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real composition root over HTTP with a loopback OpenAI-compatible provider: the walk a user
 * takes through seed 002's documented examples. Each subclass runs it on one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndScenarios {

    private FakeOpenAiProvider provider;
    private ParleyServer server;
    private ParleyClient client;

    /** The external database to use, or empty for the default H2 file database in the data directory. */
    protected abstract Optional<Settings.Database> database();

    private Path dataDir;

    @BeforeAll
    void start(@TempDir Path parent) {
        dataDir = parent.resolve("data");
        provider = new FakeOpenAiProvider();
        Settings settings = new Settings("127.0.0.1", 0, dataDir, database(),
                Optional.of(new Settings.OpenAiProvider(provider.baseUrl(), Optional.of("sk-test-key"))),
                List.of(), Optional.of("gpt-4o-mini"), Optional.empty(), Duration.ofMinutes(15),
                new Settings.Web(Duration.ofSeconds(15), List.of(), List.of(), 4, false),
                Optional.of(new Settings.Admin("root", "root password 1")), false, Optional.empty());
        server = ParleyServer.start(settings, Clock.systemUTC());
        client = new ParleyClient(server.baseUri());
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void aUserStreamsSwitchesModelPagesHistoryAndDeletesASession() {
        String token = client.register("walker", "correct horse battery");
        assertThat(client.send("GET", "/v1/auth/me", token, null).body().path("username").asText()).isEqualTo("walker");
        assertThat(client.send("GET", "/v1/models", token, null).body().path("data").findValuesAsText("id"))
                .contains("gpt-4o-mini", "gpt-4o", "echo");

        ParleyClient.Stream first = client.stream(token, Map.of("model", "gpt-4o-mini", "temperature", 0.7,
                "messages", List.of(Map.of("role", "user", "content", "Tell me a story"))));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(first.events().getLast()).isEqualTo("[DONE]");
        int before = provider.chatRequests().size();
        assertThat(first.text()).isEqualTo(String.join("",
                FakeOpenAiProvider.replyPieces(before, "gpt-4o-mini", "Tell me a story")));
        JsonNode upstream = provider.lastChatRequest();
        assertThat(upstream.path("stream").asBoolean()).isTrue();
        assertThat(upstream.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(upstream.path("temperature").asDouble()).isEqualTo(0.7);
        long sessionId = Long.parseLong(first.raw().headers().firstValue("X-Session-Id").orElseThrow());

        ParleyClient.Reply switched = client.send("POST", "/v1/chat/switch-model", token,
                Map.of("session_id", sessionId, "model", "gpt-4o"));
        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.body().path("model").asText()).isEqualTo("gpt-4o");
        assertThat(switched.body().path("messages")).hasSize(2);

        ParleyClient.Stream second = client.stream(token, Map.of("session_id", sessionId,
                "messages", List.of(Map.of("role", "user", "content", "And then?"))));
        assertThat(second.status()).isEqualTo(200);
        assertThat(provider.lastChatRequest().path("model").asText()).isEqualTo("gpt-4o");
        assertThat(provider.lastChatRequest().path("messages").findValuesAsText("content"))
                .containsExactly("Tell me a story", first.text(), "And then?");

        JsonNode history = client.send("GET", "/v1/chat/history?page=1&page_size=10", token, null).body();
        assertThat(history.path("total").asInt()).isEqualTo(1);
        JsonNode session = history.path("sessions").get(0);
        assertThat(session.path("id").asLong()).isEqualTo(sessionId);
        assertThat(session.path("model").asText()).isEqualTo("gpt-4o");
        assertThat(session.path("messages").findValuesAsText("content"))
                .containsExactly("Tell me a story", first.text(), "And then?", second.text());
        assertThat(client.send("GET", "/v1/chat/history?model=gpt-4o-mini", token, null).body().path("total").asInt())
                .isZero();

        String intruder = client.register("intruder", "another long password");
        assertThat(client.send("DELETE", "/v1/chat/sessions/" + sessionId, intruder, null).status()).isEqualTo(404);

        ParleyClient.Reply deleted = client.send("DELETE", "/v1/chat/sessions/" + sessionId, token, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().path("message").asText()).isEqualTo("Session deleted successfully");
        assertThat(client.send("GET", "/v1/chat/history", token, null).body().path("total").asInt()).isZero();
    }

    @Test
    void theConfiguredAdminDeactivatesAUserWhoseTokenStopsWorkingAtOnce() {
        String admin = client.token("root", "root password 1");
        String victim = client.register("victim", "correct horse battery");

        assertThat(client.send("GET", "/v1/admin/users", victim, null).status()).isEqualTo(403);
        assertThat(client.send("POST", "/v1/admin/users/victim/deactivate", admin, null).status()).isEqualTo(200);

        assertThat(client.send("GET", "/v1/auth/me", victim, null).status()).isEqualTo(401);
        assertThat(client.send("GET", "/v1/admin/users?page_size=100", admin, null).body().path("users")
                .findValuesAsText("username")).contains("root", "victim");
    }

    @Test
    void loggingOutEndsEveryTokenOfThatUser() {
        String first = client.register("leaver", "correct horse battery");
        String second = client.token("leaver", "correct horse battery");

        assertThat(client.send("POST", "/v1/auth/logout", first, null).status()).isEqualTo(200);

        assertThat(client.send("GET", "/v1/auth/me", first, null).status()).isEqualTo(401);
        assertThat(client.send("GET", "/v1/auth/me", second, null).status()).isEqualTo(401);
        assertThat(client.send("GET", "/v1/auth/me", client.token("leaver", "correct horse battery"), null).status())
                .isEqualTo(200);
    }

    @Test
    void theDataDirectoryParleyCreatesIsOpenToItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
    }

    @Test
    void aWholeReplyComesBackAsJsonWhenStreamingIsOff() {
        String token = client.register("batcher", "correct horse battery");

        ParleyClient.Reply reply = client.send("POST", "/v1/chat/stream", token, Map.of("model", "gpt-4o",
                "stream", false, "max_tokens", 64, "messages", List.of(Map.of("role", "user", "content", "Hi"))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("choices").get(0).path("message").path("content").asText())
                .startsWith("Reply").endsWith("from gpt-4o: Hi");
        assertThat(reply.body().path("usage").path("total_tokens").asInt()).isPositive();
        assertThat(provider.lastChatRequest().path("max_tokens").asInt()).isEqualTo(64);
        assertThat(provider.lastChatRequest().path("stream").asBoolean(false)).isFalse();
    }

    @Test
    void theBuiltInEchoModelAnswersWithoutAnyProvider() {
        String token = client.register("offline", "correct horse battery");

        ParleyClient.Stream echoed = client.stream(token, Map.of("model", "echo",
                "messages", List.of(Map.of("role", "user", "content", "line one\nline two"))));

        assertThat(echoed.status()).isEqualTo(200);
        assertThat(echoed.text()).contains("line one\nline two");
    }

    @Test
    void anUnknownModelIsABadRequestThatNeverReachesTheProvider() {
        String token = client.register("typo", "correct horse battery");
        int calls = provider.chatRequests().size();

        ParleyClient.Reply reply = client.send("POST", "/v1/chat/stream", token, Map.of("model", "gpt-5-typo",
                "messages", List.of(Map.of("role", "user", "content", "Hi"))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("detail").asText()).contains("gpt-5-typo");
        assertThat(provider.chatRequests()).hasSize(calls);
    }
}
