package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole run of the server — start-up, sign-up, every kind of login, refresh, streaming, failed
 * logins, bad input, a password change, logout — with Parley's own logging at DEBUG: not one log
 * line may contain a password, a provider key, the signing secret or any credential issued.
 */
class SecretsNeverLoggedTest {

    private static final String PROVIDER_KEY = "sk-provider-key-never-logged-0123456789";
    private static final String JWT_SECRET = "jwt-signing-secret-never-logged-0123456789";
    private static final String ADMIN_PASSWORD = "admin-password-never-logged";
    private static final String USER_PASSWORD = "user-password-never-logged";
    private static final String WRONG_PASSWORD = "wrong-password-never-logged";
    private static final String NEW_PASSWORD = "new-password-never-logged";

    @Test
    void aFullRunLogsNoSecret(@TempDir Path dataDir) {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger parley = (Logger) LoggerFactory.getLogger("dev.parley");
        Level parleyLevel = parley.getLevel();
        root.addAppender(captured);
        parley.setLevel(Level.DEBUG);
        List<String> issued = new ArrayList<>();
        try (FakeOpenAiProvider provider = new FakeOpenAiProvider()) {
            Settings settings = new Settings("127.0.0.1", 0, dataDir.resolve("data"), Optional.empty(),
                    Optional.of(new Settings.OpenAiProvider(provider.baseUrl(), Optional.of(PROVIDER_KEY))),
                    List.of(), Optional.of("gpt-4o-mini"), Optional.of(JWT_SECRET), Duration.ofMinutes(15),
                    new Settings.Web(Duration.ofSeconds(15), List.of(), List.of(), 4, false),
                    Optional.of(new Settings.Admin("root", ADMIN_PASSWORD)), false, Optional.empty());
            try (ParleyServer server = ParleyServer.start(settings, Clock.systemUTC())) {
                issued.addAll(walkThrough(new ParleyClient(server.baseUri())));
            }
        } finally {
            root.detachAppender(captured);
            parley.setLevel(parleyLevel);
        }

        List<String> lines = captured.list.stream().map(SecretsNeverLoggedTest::everythingIn).toList();
        assertThat(lines).as("the run logged something").isNotEmpty();
        List<String> secrets = new ArrayList<>(List.of(PROVIDER_KEY, JWT_SECRET, ADMIN_PASSWORD, USER_PASSWORD,
                WRONG_PASSWORD, NEW_PASSWORD));
        secrets.addAll(issued);
        for (String secret : secrets) {
            assertThat(lines).as("log lines containing a secret").noneMatch(line -> line.contains(secret));
        }
    }

    /** Does everything a user does that involves a secret; returns every credential the server issued. */
    private static List<String> walkThrough(ParleyClient client) {
        List<String> issued = new ArrayList<>();
        client.send("POST", "/v1/auth/register", null, Map.of("username", "carol", "password", USER_PASSWORD));
        client.send("POST", "/v1/auth/token", null, Map.of("username", "carol", "password", WRONG_PASSWORD));
        client.send("POST", "/v1/auth/token", null, Map.of("username", "nobody", "password", WRONG_PASSWORD));
        JsonNode pair = client.send("POST", "/v1/auth/token", null,
                Map.of("username", "carol", "password", USER_PASSWORD)).body();
        String access = pair.path("access_token").asText();
        issued.add(access);
        issued.add(pair.path("refresh_token").asText());
        JsonNode rotated = client.send("POST", "/v1/auth/token/refresh", null,
                Map.of("refresh_token", pair.path("refresh_token").asText())).body();
        issued.add(rotated.path("access_token").asText());
        issued.add(rotated.path("refresh_token").asText());
        client.send("POST", "/v1/auth/token/refresh", null, Map.of("refresh_token", pair.path("refresh_token").asText()));
        String apiKey = client.send("POST", "/v1/auth/api-token", null,
                Map.of("username", "carol", "password", USER_PASSWORD)).body().path("token").asText();
        issued.add(apiKey);
        String fresh = client.token("carol", USER_PASSWORD);
        issued.add(fresh);
        client.stream(fresh, Map.of("model", "gpt-4o-mini", "messages", List.of(Map.of("role", "user", "content", "Hi"))));
        client.send("POST", "/v1/chat/stream", fresh, Map.of("model", "no-such-model", "messages", List.of()));
        client.send("GET", "/v1/auth/me", access + "tampered", null);
        client.send("POST", "/v1/auth/password", fresh, Map.of("current_password", WRONG_PASSWORD, "new_password", NEW_PASSWORD));
        client.send("POST", "/v1/auth/password", fresh, Map.of("current_password", USER_PASSWORD, "new_password", NEW_PASSWORD));
        String afterChange = client.token("carol", NEW_PASSWORD);
        issued.add(afterChange);
        issued.add(client.token("root", ADMIN_PASSWORD));
        client.send("POST", "/v1/auth/logout", afterChange, null);
        client.send("GET", "/v1/auth/me", afterChange, null);
        assertThat(issued).allSatisfy(credential -> assertThat(credential).hasSizeGreaterThan(20));
        return issued;
    }

    /** The message, its arguments and every throwable's messages and frames, as one string. */
    private static String everythingIn(ILoggingEvent event) {
        StringBuilder all = new StringBuilder(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                all.append(' ').append(argument);
            }
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            all.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                all.append(' ').append(frame.getSTEAsString());
            }
        }
        return all.toString();
    }
}
