package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained server jar ({@code java -jar parley.jar}) as an operating-system process, killed
 * with SIGKILL (no shutdown hook runs) and started again on the same data directory: every
 * acknowledged message is still there, and tokens issued before the crash still work. Runs after
 * packaging, so it also proves the jar is complete.
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;
    private FakeOpenAiProvider provider;
    private Process server;

    @BeforeEach
    void startProvider() {
        provider = new FakeOpenAiProvider();
    }

    @AfterEach
    void stopEverything() {
        if (server != null) {
            server.destroyForcibly();
        }
        provider.close();
    }

    @Test
    void everyAcknowledgedMessageAndEveryIssuedTokenSurviveKillDashNine() throws Exception {
        URI base = launch();
        ParleyClient client = new ParleyClient(base);
        String token = client.register("survivor", "correct horse battery");
        List<String> acknowledged = new ArrayList<>();
        Long sessionId = null;
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("model", "gpt-4o-mini",
                    "messages", List.of(Map.of("role", "user", "content", "message " + i))));
            if (sessionId != null) {
                body.put("session_id", sessionId);
            }
            ParleyClient.Stream reply = client.stream(token, body);
            assertThat(reply.events().getLast()).isEqualTo("[DONE]");
            sessionId = Long.parseLong(reply.raw().headers().firstValue("X-Session-Id").orElseThrow());
            acknowledged.add("message " + i);
            acknowledged.add(reply.text());
        }

        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(server.exitValue()).isEqualTo(137);

        ParleyClient restarted = new ParleyClient(launch());
        ParleyClient.Reply session = restarted.send("GET", "/v1/chat/sessions/" + sessionId, token, null);
        assertThat(session.status()).isEqualTo(200);
        JsonNode messages = session.body().path("messages");
        assertThat(messages.findValuesAsText("content")).containsExactlyElementsOf(acknowledged);
        assertThat(restarted.send("GET", "/v1/auth/me", token, null).body().path("username").asText())
                .isEqualTo("survivor");
    }

    /** Starts {@code java -jar parley.jar} on a free port and waits until it says where it listens. */
    private URI launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("parley.jar");
        assertThat(jar).as("the parley.jar system property, set by the build").isNotNull();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar).redirectErrorStream(true);
        builder.environment().put("PARLEY_PORT", "0");
        builder.environment().put("PARLEY_DATA_DIR", dataDir.toString());
        builder.environment().put("OPENAI_BASE_URL", provider.baseUrl());
        builder.environment().put("OPENAI_API_KEY", "sk-test-key");
        builder.environment().remove("PARLEY_DB_URL");
        builder.environment().remove("PARLEY_JWT_SECRET");
        server = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> listening = CompletableFuture.supplyAsync(() -> awaitListening(output));
        try {
            return listening.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            throw new AssertionError("the server did not start", e);
        }
    }

    private static URI awaitListening(BufferedReader output) {
        String marker = "Parley is listening on ";
        try {
            String line;
            while ((line = output.readLine()) != null) {
                int at = line.indexOf(marker);
                if (at >= 0) {
                    URI uri = URI.create(line.substring(at + marker.length()).strip());
                    Thread.ofVirtual().start(() -> drain(output));
                    return uri;
                }
            }
            throw new AssertionError("the server exited before listening");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // Keep the pipe empty so the server never blocks on its own logging.
            }
        } catch (IOException closed) {
            // The process is gone.
        }
    }
}
