package dev.parley.http.threads;

import static dev.parley.http.threads.Browser.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 003's threads: open, list, read, retitle, delete; each with and without its trailing slash. */
class ThreadEndpointsTest {

    private RunningApi api;
    private Browser alice;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = Browser.loggedIn(api, "alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aNewThreadIs201WithItsIdAndTitledNewChat() {
        ApiResponse response = alice.post("/chat/threads/new/", null);

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().path("thread_id").asLong();
        assertThat(id).isPositive();
        JsonNode thread = alice.get("/chat/threads/").json().path("threads").get(0);
        assertThat(thread.path("id").asLong()).isEqualTo(id);
        assertThat(thread.path("title").asText()).isEqualTo("New Chat");
        assertThat(thread.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z");
        assertThat(thread.path("updated_at").asText()).isEqualTo(thread.path("created_at").asText());
    }

    @Test
    void theListingHoldsOnlyTheCallersThreadsNewestFirstWithAndWithoutTheSlash() {
        long first = newThread(alice);
        api.core().clock().advance(Duration.ofMinutes(1));
        long second = newThread(alice);
        newThread(Browser.loggedIn(api, "bob"));

        JsonNode threads = alice.get("/chat/threads").json().path("threads");

        assertThat(threads).hasSize(2);
        assertThat(threads.get(0).path("id").asLong()).isEqualTo(second);
        assertThat(threads.get(1).path("id").asLong()).isEqualTo(first);
        assertThat(alice.get("/chat/threads/").json().path("threads")).isEqualTo(threads);
    }

    @Test
    void aThreadsMessagesAreListedAsUserAndBotAfterAReply() {
        long id = newThread(alice);
        alice.post("/chat/response/" + id + "/", "{\"message\": \"Hello there\"}");

        ApiResponse response = alice.get("/chat/threads/" + id + "/messages/");

        assertThat(response.status()).isEqualTo(200);
        JsonNode messages = response.json().path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("sender").asText()).isEqualTo("user");
        assertThat(messages.get(0).path("content").asText()).isEqualTo("Hello there");
        assertThat(messages.get(1).path("sender").asText()).isEqualTo("bot");
        assertThat(messages.get(1).path("content").asText()).isEqualTo("echo: Hello there");
        assertThat(messages.get(1).path("created_at").asText()).endsWith("Z");
        assertThat(alice.get("/chat/threads/" + id + "/messages").json()).isEqualTo(response.json());
    }

    @Test
    void retitlingAnswersStatusAndTheListingShowsTheNewTitle() {
        long id = newThread(alice);

        ApiResponse response = alice.put("/chat/threads/" + id + "/update-title/", "{\"title\": \"Travel plans\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("Title updated successfully");
        assertThat(alice.get("/chat/threads/").json().path("threads").get(0).path("title").asText())
                .isEqualTo("Travel plans");
        assertThat(alice.put("/chat/threads/" + id + "/update-title", "{\"title\": \"Again\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aTitleMissingBlankOrOverFiftyCharactersIs400() {
        long id = newThread(alice);
        String path = "/chat/threads/" + id + "/update-title/";

        assertThat(error(alice.put(path, "{}"))).isEqualTo("No title provided");
        assertThat(error(alice.put(path, "{\"title\": \"  \"}"))).isEqualTo("No title provided");
        assertThat(error(alice.put(path, "not json"))).isEqualTo("Invalid JSON");
        ApiResponse tooLong = alice.put(path, "{\"title\": \"" + "x".repeat(51) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(error(tooLong)).isEqualTo("Title must be at most 50 characters");
        assertThat(alice.put(path, "{\"title\": \"" + "é".repeat(50) + "\"}").status()).isEqualTo(200);
    }

    @Test
    void deletingOneThreadLeavesTheOthers() {
        long kept = newThread(alice);
        long deleted = newThread(alice);

        ApiResponse response = alice.delete("/chat/threads/" + deleted + "/delete/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("Thread deleted successfully");
        JsonNode threads = alice.get("/chat/threads/").json().path("threads");
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).path("id").asLong()).isEqualTo(kept);
        assertThat(alice.delete("/chat/threads/" + kept + "/delete").status()).isEqualTo(200);
    }

    @Test
    void deletingAllCountsTheCallersThreadsAndLeavesOthersAlone() {
        for (int i = 0; i < 3; i++) {
            newThread(alice);
        }
        Browser bob = Browser.loggedIn(api, "bob");
        newThread(bob);

        ApiResponse response = alice.delete("/chat/threads/delete/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("Successfully deleted 3 threads");
        assertThat(alice.get("/chat/threads/").json().path("threads")).isEmpty();
        assertThat(bob.get("/chat/threads/").json().path("threads")).hasSize(1);
        assertThat(alice.delete("/chat/threads/delete").json().path("status").asText())
                .isEqualTo("Successfully deleted 0 threads");
    }

    @Test
    void anotherUsersThreadIs404ThreadNotFoundOnEveryRoute() {
        long bobs = newThread(Browser.loggedIn(api, "bob"));
        String thread = "/chat/threads/" + bobs;

        for (ApiResponse response : new ApiResponse[] {alice.get(thread + "/messages/"),
                alice.put(thread + "/update-title/", "{\"title\": \"Mine\"}"), alice.delete(thread + "/delete/"),
                alice.post("/chat/response/" + bobs + "/", "{\"message\": \"Hi\"}"),
                alice.post("/chat/streaming-response/" + bobs + "/", "{\"message\": \"Hi\"}"),
                alice.get("/chat/threads/999999/messages/"), alice.get("/chat/threads/abc/messages/"),
                alice.get("/chat/threads/0/messages/"),
                alice.put(thread + "/update-title/", "{}"), alice.post("/chat/response/" + bobs + "/", "not json"),
                alice.post("/chat/streaming-response/" + bobs + "/", "{}")}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(error(response)).isEqualTo("Thread not found");
        }
    }

    @Test
    void withoutASessionEveryThreadRouteIs401JsonNotARedirect() {
        Browser anonymous = new Browser(api);

        for (ApiResponse response : new ApiResponse[] {anonymous.get("/chat/threads/"),
                anonymous.post("/chat/threads/new/", null), anonymous.get("/chat/threads/1/messages/"),
                anonymous.put("/chat/threads/1/update-title/", "{\"title\": \"x\"}"),
                anonymous.delete("/chat/threads/1/delete/"), anonymous.delete("/chat/threads/delete/"),
                anonymous.post("/chat/response/1/", "{\"message\": \"Hi\"}"),
                anonymous.post("/chat/streaming-response/1/", "{\"message\": \"Hi\"}"),
                anonymous.delete("/auth/delete/")}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Location")).isNull();
            assertThat(response.json().path("error").asText()).isEqualTo("Authentication required");
        }
    }

    private static long newThread(Browser browser) {
        return browser.post("/chat/threads/new/", null).json().path("thread_id").asLong();
    }
}
