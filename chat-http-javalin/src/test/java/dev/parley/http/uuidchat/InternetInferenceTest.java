package dev.parley.http.uuidchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.out.DrivenPorts;
import dev.parley.core.port.out.WebSearch;
import dev.parley.core.service.ChatCore;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /conversations/inference_internet/<chat id>}: the web is searched for the newest Human message,
 * the top result's page is read and given to the model, the results reach the client first as
 * {@code event: sources}, and the answer is stored as with plain inference.
 */
class InternetInferenceTest {

    private static final String QUESTION = "best pizza & pasta in New York?";

    private RunningApi api;
    private String alice;
    private String chat;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
        chat = api.post("/chats/create", "{\"name\": \"Food\"}", alice).json().path("id").asText();
        api.core().webSearch().answering(List.of(
                new WebSource("Pizza guide", "https://example.org/pizza", "A short snippet"),
                new WebSource("Pasta list", "https://example.org/pasta", "Another snippet")));
        api.core().webPages().page("https://example.org/pizza", "Pizza guide", "Joe's on Carmine Street is the best.");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theSourcesComeFirstThenTheTokensThenDone() {
        say("Human", QUESTION);
        api.core().model().replyWith("Try", " Joe's.");

        ApiResponse response = api.get("/conversations/inference_internet/" + chat, alice);

        assertThat(response.status()).isEqualTo(200);
        List<Event> events = ServerSentEvents.parse(response.body());
        assertThat(events).extracting(Event::type).containsExactly("sources", "message", "message", "done");
        assertThat(events.getFirst().data()).isEqualTo("[{\"title\":\"Pizza guide\",\"url\":\"https://example.org/pizza\"},"
                + "{\"title\":\"Pasta list\",\"url\":\"https://example.org/pasta\"}]");
        JsonNode stored = api.get("/conversations/" + chat, alice).json();
        assertThat(stored.get(1).path("message").asText()).isEqualTo("Try Joe's.");
        assertThat(stored.get(1).path("id").asText())
                .isEqualTo(RunningApi.parse(events.getLast().data()).path("id").asText());
    }

    @Test
    void theNewestHumanMessageIsSearchedForIntactAndTheTopPagesTextReachesTheModel() {
        say("Human", "an older question");
        say("Assistant", "an older answer");
        say("Human", QUESTION);
        say("Assistant", "Let me look that up.");
        api.core().model().replyWith("Joe's.");

        api.get("/conversations/inference_internet/" + chat, alice);

        assertThat(api.core().webSearch().queries()).containsExactly(QUESTION);
        assertThat(api.core().webPages().asked()).containsExactly("https://example.org/pizza");
        String context = api.core().model().lastRequest().messages().toString();
        assertThat(context).contains("Joe's on Carmine Street is the best.").contains("Another snippet")
                .doesNotContain("A short snippet");
    }

    @Test
    void aFailedSearchAfterTheStreamOpenedEndsItWithAnErrorEvent() {
        say("Human", QUESTION);
        api.core().webSearch().failingWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "searxng", 503,
                "The search engine is unavailable"));

        ApiResponse response = api.get("/conversations/inference_internet/" + chat, alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ServerSentEvents.parse(response.body()))
                .containsExactly(new Event("error", "{\"error\":\"The search engine is unavailable\"}"));
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void withoutASearchEngineTheRequestIsRefused400BeforeAnyStream() {
        TestCore core = TestCore.create();
        try (RunningApi unsearchable = RunningApi.start(core, ChatCore.wire(withoutWebSearch(core.ports())))) {
            String bob = core.tokenFor("bob");
            String id = unsearchable.post("/chats/create", "{\"name\": \"x\"}", bob).json().path("id").asText();
            unsearchable.post("/conversations/create",
                    "{\"chat_id\": \"" + id + "\", \"role\": \"Human\", \"message\": \"hi\"}", bob);

            ApiResponse response = unsearchable.get("/conversations/inference_internet/" + id, bob);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.body()).isEqualTo("{\"error\":\"web search is not configured on this server\"}");
            assertThat(core.model().requests()).isEmpty();
            assertThat(unsearchable.get("/conversations/" + id, bob).json()).hasSize(1);
        }
    }

    /** {@code ports} without a search engine, as a server without PARLEY_SEARCH_URL has. */
    private static DrivenPorts withoutWebSearch(DrivenPorts ports) {
        return new DrivenPorts(ports.clock(), ports.ids(), ports.transactions(), ports.users(), ports.credentials(),
                ports.conversations(), ports.messages(), ports.models(), ports.passwords(), ports.tokens(),
                ports.usage(), ports.tokenCounter(), WebSearch.NONE, ports.prompts(), ports.files(), ports.blobs(),
                ports.textExtractor(), ports.webPages());
    }

    private void say(String role, String text) {
        ApiResponse response = api.post("/conversations/create",
                "{\"chat_id\": \"" + chat + "\", \"role\": \"" + role + "\", \"message\": \"" + text + "\"}", alice);
        assertThat(response.status()).isEqualTo(201);
    }
}
