package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.support.Json;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpApiTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anUnknownRouteAnswers404NotFoundAsJson() {
        ApiResponse response = api.get("/v1/nothing-here", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void aKnownRouteWithTheWrongMethodAnswers405() {
        ApiResponse response = api.send("PUT", "/v1/auth/register", "application/json", BodyPublishers.ofString("{}"), null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void aBodyOverTheLimitAnswers413() {
        String huge = "{\"username\": \"" + "a".repeat((int) RunningApi.MAX_BODY) + "\", \"password\": \"x\"}";

        // As curl does for large bodies: the server may refuse before the body is sent, so the refusal
        // cannot race the client's upload (a plain POST of this size sometimes saw the connection close first).
        ApiResponse response = api.send(api.request("/v1/auth/register", null).expectContinue(true)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(huge)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void aBodyOverTheLimitWithoutADeclaredLengthAnswers413() {
        byte[] huge = ("{\"username\": \"" + "a".repeat((int) RunningApi.MAX_BODY) + "\"}").getBytes();

        ApiResponse response = api.send("POST", "/v1/auth/register", "application/json",
                BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)), null);

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void malformedJsonAnswers422InFastapisShape() {
        ApiResponse response = api.post("/v1/auth/register", "{\"username\": ", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"detail\":[{\"loc\":[\"body\"],\"msg\":\"JSON decode error\",\"type\":\"json_invalid\"}]}");
    }

    @Test
    void jsonNestedDeeperThanAnyRequestNeedsIsRefusedAsMalformed() {
        String deep = "{\"username\": " + "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1) + "}";
        String fine = "{\"username\": " + "[".repeat(8) + "]".repeat(8) + "}";

        ApiResponse tooDeep = api.post("/v1/auth/register", deep, null);
        ApiResponse shallow = api.post("/v1/auth/register", fine, null);

        assertThat(tooDeep.status()).isEqualTo(422);
        assertThat(tooDeep.body()).contains("json_invalid");
        assertThat(shallow.status()).isEqualTo(422);
        assertThat(shallow.body()).doesNotContain("json_invalid");
    }

    @Test
    void aBodyThatIsNotAnObjectOrIsMissingAnswers422() {
        ApiResponse array = api.post("/v1/auth/register", "[1, 2]", null);
        ApiResponse empty = api.post("/v1/auth/register", "", null);

        assertThat(array.status()).isEqualTo(422);
        assertThat(array.json().path("detail").get(0).path("type").asText()).isEqualTo("model_attributes_type");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("detail").get(0).path("type").asText()).isEqualTo("missing");
    }

    @Test
    void aJsonBodyDeclaringACharsetNobodyKnowsIsStillReadAsJson() {
        ApiResponse response = api.send("POST", "/v1/auth/register", "application/json; charset=bogus",
                BodyPublishers.ofString("{\"username\": \"alice\", \"password\": \"long enough password\"}"), null);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void unknownRequestPropertiesAreIgnored() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "password": "long enough password", "email": "a@example.org"}""", null);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void everyResponseForbidsContentSniffing() {
        String token = api.core().tokenFor("alice");

        assertThat(api.get("/v1/models", token).header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/v1/models", null).header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/nowhere", null).header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.post("/v1/auth/register", "{", null).header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anUnexpectedFailureAnswersABare500WithoutInternals() {
        api.core().model().beforeEachPiece(() -> {
            throw new IllegalStateException("secret internal state");
        });

        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "stream": false}""", api.core().tokenFor("alice"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
    }

    @Test
    void trailingSlashesReachTheSameRoute() {
        JsonNode body = api.get("/v1/models/", api.core().tokenFor("alice")).json();

        assertThat(body.path("object").asText()).isEqualTo("list");
    }
}
