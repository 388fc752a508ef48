package dev.parley.http.drf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.http.ApiResponse;
import dev.parley.http.MultipartBody;
import dev.parley.http.RunningApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001's {@code POST /api/llm/}: one question, optionally about one of the caller's files or a public page. */
class DrfLlmTest {

    private RunningApi api;
    private String alice;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPromptIsAnsweredWithTheReplyTheModelAndTheUsage() {
        api.core().model().replyWith(List.of("Hello", " there"), new TokenUsage(7, 2));

        ApiResponse response = api.post("/api/llm/", "{\"prompt\": \"Say hello\"}", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"response\":\"Hello there\",\"model\":\"test-model\",\"usage\":"
                + "{\"prompt_tokens\":7,\"completion_tokens\":2,\"total_tokens\":9},\"document_truncated\":false}");
        assertThat(lastPrompt()).contains("Say hello");
    }

    @Test
    void aMissingPromptIsAFieldError() {
        ApiResponse response = api.post("/api/llm", "{\"file_url\": null}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"prompt\":[\"This field is required.\"]}");
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void theUrlOfAnOwnFileReadsThatFileFromTheStore() {
        api.core().model().replyWith("It says hi");
        String url = upload(alice, "the secret word is mango").json().path("url").asText();

        ApiResponse response = api.post("/api/llm/", "{\"prompt\": \"What is the word?\", \"file_url\": \"" + url + "\"}",
                alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(lastPrompt()).contains("the secret word is mango");
        assertThat(api.core().webPages().asked()).isEmpty();
    }

    @Test
    void theV1ContentUrlOfAnOwnFileWorksToo() {
        api.core().model().replyWith("ok");
        long id = upload(alice, "kiwi").json().path("id").asLong();

        ApiResponse response = api.post("/api/llm/", "{\"prompt\": \"Which fruit?\", \"file_url\": \"" + api.origin()
                + "/v1/files/" + id + "/content\"}", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(lastPrompt()).contains("kiwi");
    }

    @Test
    void theUrlOfAnotherUsersFileIs404() {
        String url = upload(api.core().tokenFor("bob"), "bob's diary").json().path("url").asText();

        ApiResponse response = api.post("/api/llm/", "{\"prompt\": \"Read it\", \"file_url\": \"" + url + "\"}", alice);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void aPublicUrlIsReadThroughTheWebPageReader() {
        api.core().webPages().page("https://example.org/post", "A post", "the page talks about otters");
        api.core().model().replyWith("Otters");

        ApiResponse response = api.post("/api/llm/",
                "{\"prompt\": \"Which animal?\", \"file_url\": \"https://example.org/post\"}", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("response").asText()).isEqualTo("Otters");
        assertThat(lastPrompt()).contains("the page talks about otters");
    }

    @Test
    void aUrlTheReaderRefusesIsAFieldErrorOnFileUrl() {
        ApiResponse response = api.post("/api/llm/",
                "{\"prompt\": \"Read it\", \"file_url\": \"http://127.0.0.1:6379/\"}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("file_url").get(0).asText()).isNotBlank();
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void aUrlThatIsNotHttpIsAnInvalidUrl() {
        for (String url : List.of("file:///etc/passwd", "not a url", "ftp://example.org/x", "https://")) {
            ApiResponse response = api.post("/api/llm/", "{\"prompt\": \"Read it\", \"file_url\": \"" + url + "\"}",
                    alice);

            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.body()).as(url).isEqualTo("{\"file_url\":[\"Enter a valid URL.\"]}");
        }
        assertThat(api.core().webPages().asked()).isEmpty();
    }

    @Test
    void aFailingProviderIs502AndATimeout504() {
        api.core().model().failNextWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "test", 503, "down"));
        ApiResponse down = api.post("/api/llm/", "{\"prompt\": \"Hi\"}", alice);
        api.core().model().failNextWith(new ProviderException(ProviderException.Kind.TIMEOUT, "test", 0, "slow"));
        ApiResponse slow = api.post("/api/llm/", "{\"prompt\": \"Hi\"}", alice);

        assertThat(down.status()).isEqualTo(502);
        assertThat(down.json().path("detail").asText()).isNotBlank();
        assertThat(slow.status()).isEqualTo(504);
    }

    private ApiResponse upload(String token, String text) {
        return api.upload("/api/file/", MultipartBody.ofFile("doc.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8)), token);
    }

    private String lastPrompt() {
        ModelRequest request = api.core().model().lastRequest();
        return request.messages().getLast().content();
    }
}
