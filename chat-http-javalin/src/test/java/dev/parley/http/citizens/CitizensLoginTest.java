package dev.parley.http.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 000's welcome page and login: a Token key for a password, without telling which accounts exist. */
class CitizensLoginTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.core().register("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theWelcomePageListsTheEndpointsWithoutAuthentication() {
        ApiResponse response = api.get("/chat/", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("message").asText()).contains("Citizens");
        assertThat(response.json().path("endpoints").path("send_message").asText())
                .isEqualTo("/chat/conversations/{conversation_id}/send_message/");
    }

    @Test
    void aLoginAnswersAKeyThatWorksInTheTokenScheme() {
        ApiResponse response = api.post("/chat/login/", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().properties()).extracting(e -> e.getKey())
                .containsExactly("token", "user_id", "username");
        assertThat(response.json().path("user_id").asLong()).isPositive();
        assertThat(response.json().path("username").asText()).isEqualTo("alice");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        String key = response.json().path("token").asText();
        assertThat(api.send(api.authorized("/chat/conversations/", "Token " + key).GET()).status()).isEqualTo(200);
    }

    @Test
    void aFormEncodedLoginIsReadAsDjangoRestFrameworkReadsIt() {
        ApiResponse response = api.send("POST", "/chat/login", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("username=alice&password=" + TestCore.PASSWORD.replace(' ', '+')), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("username").asText()).isEqualTo("alice");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        ApiResponse wrongPassword = api.post("/chat/login/", """
                {"username": "alice", "password": "not her password"}""", null);
        ApiResponse unknownUser = api.post("/chat/login/", """
                {"username": "nobody", "password": "not her password"}""", null);

        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.body()).isEqualTo("{\"detail\":\"Invalid credentials\"}");
        assertThat(unknownUser.status()).isEqualTo(wrongPassword.status());
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void aLoginWithoutFieldsAnswers400NamingEachOne() {
        ApiResponse response = api.post("/chat/login/", "{}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText())
                .isEqualTo("username: This field is required. password: This field is required.");
    }

    @Test
    void malformedJsonAnswers400WithAParseError() {
        ApiResponse response = api.post("/chat/login/", "{\"username\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).startsWith("JSON parse error - ");
    }

    @Test
    void jsonThatIsNoObjectAnswers400() {
        ApiResponse response = api.post("/chat/login/", "[1, 2]", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("Invalid data. Expected a dictionary, but got list.");
    }

    @Test
    void aJsonBodyWithoutContentTypeIsStillRead() {
        ApiResponse response = api.send("POST", "/chat/login/", null, BodyPublishers.ofString("""
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD)), null);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aBodyOfAnotherMediaTypeAnswers415() {
        ApiResponse response = api.send("POST", "/chat/login/", "text/plain", BodyPublishers.ofString("alice"), null);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().path("error").asText()).isEqualTo("Unsupported media type \"text/plain\" in request.");
    }
}
