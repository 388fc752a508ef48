package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Access;
import dev.parley.http.support.DeclaredRoute;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The route inventory: walks every route the server registered (not a list kept by hand) and proves
 * the walls between users on each: no credential is 401 except on the public routes listed here, a
 * non-admin is 403 on every admin route, and another user's object is 404, exactly like a missing one,
 * for every method, and stays as it was. A route added without an access declaration stops the server
 * from being built, and one with a path parameter nobody decided about fails here.
 */
class WallsBetweenUsersTest {

    /** Signing up and the logins: each checks the credential in its body itself. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("POST /v1/auth/register", "POST /v1/auth/token",
            "POST /v1/auth/token/refresh", "POST /v1/auth/token/verify", "POST /v1/auth/api-token",
            "POST /v1/auth/session",
            // Seed 003's; logging out clears the cookie of a session that has already ended.
            "POST /auth/login/", "POST /auth/logout/", "GET /auth/status/", "POST /auth/register/",
            // Seed 000's welcome and login.
            "GET /chat/", "POST /chat/login/",
            // Seed 001's sign-up and SimpleJWT routes.
            "POST /api/register/", "POST /api/token/", "POST /api/token/refresh/", "POST /api/token/verify/");
    /**
     * The 401 of a dialect with its own wording, by path prefix (the longest that matches): its message, then its
     * challenge; /v1's otherwise.
     */
    private static final Map<String, List<String>> CHALLENGES = Map.of(
            "/chat/conversations/", List.of("Authentication credentials were not provided.", "Token"),
            "/auth/", List.of("Authentication required", "Bearer"),
            "/chat/", List.of("Authentication required", "Bearer"),
            "/api/", List.of("Authentication credentials were not provided.", "Bearer realm=\"api\""),
            "/api/chat/prompts", List.of("Not authenticated", "Bearer"),
            "/api/chat/sessions/", List.of("Not authenticated", "Bearer"));
    /** Path parameters that name no object a user owns: the admin routes name a user by username. */
    private static final Set<String> UNOWNED_PARAMETERS = Set.of("username");
    private static final Pattern PARAMETER = Pattern.compile("[{<]([^}>]+)[}>]");
    private static final String A_BODY = "{\"title\": \"Taken over\"}";
    private static final String MISSING_ID = "999999";

    /** An object some user owns, named by a path parameter: how to make one, and how to see it unchanged. */
    private interface OwnedObject {

        String create(RunningApi api, String ownerToken);

        void assertIntact(RunningApi api, String ownerToken, String id);
    }

    /** Every path parameter that names a user-owned object. */
    private static final Map<String, OwnedObject> OWNED = Map.of("session_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.post("/v1/chat/sessions", "{\"title\": \"Alice's plans\"}", ownerToken).json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse session = api.get("/v1/chat/sessions/" + id, ownerToken);
            assertThat(session.status()).isEqualTo(200);
            assertThat(session.json().path("title").asText()).isEqualTo("Alice's plans");
            assertThat(api.get("/v1/files?session_id=" + id, ownerToken).json().path("total").asInt()).isZero();
        }
    }, "prompt_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.post("/v1/prompts", "{\"title\": \"Alice's prompt\", \"content\": \"Sum up {text}\"}", ownerToken)
                    .json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse prompt = api.get("/v1/prompts/" + id, ownerToken);
            assertThat(prompt.status()).isEqualTo(200);
            assertThat(prompt.json().path("title").asText()).isEqualTo("Alice's prompt");
            assertThat(prompt.json().path("usage_count").asInt()).isZero();
        }
    }, "file_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.upload("/v1/files", MultipartBody.ofFile("alice.txt", "text/plain",
                    "Alice's notes".getBytes(StandardCharsets.UTF_8)), ownerToken).json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse file = api.get("/v1/files/" + id, ownerToken);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.json().path("filename").asText()).isEqualTo("alice.txt");
            assertThat(file.json().path("description").isNull()).isTrue();
        }
    }, "conversation_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.post("/chat/conversations/", "{\"title\": \"Alice's plans\"}", ownerToken).json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse conversation = api.get("/chat/conversations/" + id + "/", ownerToken);
            assertThat(conversation.status()).isEqualTo(200);
            assertThat(conversation.json().path("title").asText()).isEqualTo("Alice's plans");
            assertThat(conversation.json().path("messages")).isEmpty();
        }
    }, "chat_uuid", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.post("/chats/create", "{\"name\": \"Alice's plans\"}", ownerToken).json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse chat = api.get("/chats/" + id, ownerToken);
            assertThat(chat.status()).isEqualTo(200);
            assertThat(chat.json().path("name").asText()).isEqualTo("Alice's plans");
            assertThat(api.get("/conversations/" + id, ownerToken).json()).isEmpty();
        }
    }, "chat_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.post("/api/chat/", "{\"title\": \"Alice's chat\"}", ownerToken).json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse chat = api.get("/api/chat/" + id, ownerToken);
            assertThat(chat.status()).isEqualTo(200);
            assertThat(chat.json().path("title").asText()).isEqualTo("Alice's chat");
        }
    }, "message_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            String chat = api.post("/api/chat/", "{\"title\": \"Alice's chat\"}", ownerToken).json().path("id").asText();
            return api.post("/api/message/", "{\"content\": \"Alice's words\", \"chat\": " + chat + "}", ownerToken)
                    .json().path("id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse message = api.get("/api/message/" + id, ownerToken);
            assertThat(message.status()).isEqualTo(200);
            assertThat(message.json().path("content").asText()).isEqualTo("Alice's words");
        }
    }, "thread_id", new OwnedObject() {
        @Override
        public String create(RunningApi api, String ownerToken) {
            return api.post("/chat/threads/new/", "", ownerToken).json().path("thread_id").asText();
        }

        @Override
        public void assertIntact(RunningApi api, String ownerToken, String id) {
            ApiResponse thread = api.get("/v1/chat/sessions/" + id, ownerToken);
            assertThat(thread.status()).isEqualTo(200);
            assertThat(thread.json().path("title").asText()).isEqualTo("New Chat");
            assertThat(thread.json().path("messages")).isEmpty();
        }
    });

    private RunningApi api;
    private List<DeclaredRoute> routes;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        routes = api.server().routes();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theInventoryHasEveryRouteAndOnlyTheDocumentedOnesArePublic() {
        assertThat(routes).extracting(DeclaredRoute::toString).contains(
                "PATCH /v1/chat/sessions/{session_id} (USER)", "GET /v1/admin/users (ADMIN)",
                "POST /v1/auth/session (PUBLIC)");
        assertThat(routes).filteredOn(route -> route.access() == Access.PUBLIC).extracting(WallsBetweenUsersTest::name)
                .containsExactlyInAnyOrderElementsOf(PUBLIC_ROUTES);
    }

    @Test
    void everyRouteThatIsNotPublicAnswers401WithoutACredential() {
        SoftAssertions softly = new SoftAssertions();
        for (DeclaredRoute route : guarded()) {
            ApiResponse response = api.send(request(route, placeholders(route.path())));

            softly.assertThat(response.status()).as(name(route)).isEqualTo(401);
            List<String> challenge = challenge(route);
            softly.assertThat(message(response)).as(name(route)).isEqualTo(challenge.get(0));
            softly.assertThat(response.header("WWW-Authenticate")).as(name(route)).isEqualTo(challenge.get(1));
        }
        softly.assertAll();
    }

    @Test
    void everyRouteThatIsNotPublicAnswers401ToAnUnknownTokenOrSession() {
        SoftAssertions softly = new SoftAssertions();
        for (DeclaredRoute route : guarded()) {
            String path = placeholders(route.path());
            ApiResponse bearer = api.send(request(route, path).header("Authorization", "Bearer not-a-real-token"));
            ApiResponse cookie = api.send(request(route, path).header("Cookie", "parley_session=not-a-real-session")
                    .header("Origin", api.origin()));

            softly.assertThat(bearer.status()).as(name(route) + " with a bearer token").isEqualTo(401);
            softly.assertThat(cookie.status()).as(name(route) + " with a session cookie").isEqualTo(401);
        }
        softly.assertAll();
    }

    @Test
    void everyAdminRouteAnswers403ToAnOrdinaryUser() {
        String alice = api.core().tokenFor("alice");
        List<DeclaredRoute> adminRoutes = routes.stream().filter(route -> route.access() == Access.ADMIN).toList();
        assertThat(adminRoutes).isNotEmpty();

        SoftAssertions softly = new SoftAssertions();
        for (DeclaredRoute route : adminRoutes) {
            ApiResponse response = api.send(request(route, placeholders(route.path()))
                    .header("Authorization", "Bearer " + alice));

            softly.assertThat(response.status()).as(name(route)).isEqualTo(403);
            softly.assertThat(message(response)).as(name(route)).isEqualTo("Admin rights are required");
        }
        softly.assertAll();
    }

    @Test
    void everyPathParameterIsDecidedToNameAUserOwnedObjectOrNot() {
        for (DeclaredRoute route : routes) {
            assertThat(parameters(route.path())).as(name(route)
                    + ": decide whether each path parameter names a user-owned object (OWNED) or not (UNOWNED_PARAMETERS)")
                    .allMatch(parameter -> OWNED.containsKey(parameter) || UNOWNED_PARAMETERS.contains(parameter));
        }
    }

    @Test
    void anotherUsersObjectAnswers404ExactlyLikeAMissingOneForEveryMethodAndStaysAsItWas() {
        String alice = api.core().tokenFor("alice");
        String bob = api.core().tokenFor("bob");
        List<DeclaredRoute> objectRoutes = routes.stream()
                .filter(route -> parameters(route.path()).stream().anyMatch(OWNED::containsKey)).toList();
        assertThat(objectRoutes).extracting(DeclaredRoute::method).contains("GET", "PATCH", "DELETE");

        SoftAssertions softly = new SoftAssertions();
        for (DeclaredRoute route : objectRoutes) {
            Map<String, String> alicesIds = new HashMap<>();
            for (String parameter : parameters(route.path())) {
                OwnedObject owned = OWNED.get(parameter);
                alicesIds.put(parameter, owned == null ? "1" : owned.create(api, alice));
            }
            String missingPath = fill(route.path(), Map.of(), MISSING_ID);

            ApiResponse alicesObject = api.send(request(route, fill(route.path(), alicesIds, "1"))
                    .header("Authorization", "Bearer " + bob));
            ApiResponse missingObject = api.send(request(route, missingPath).header("Authorization", "Bearer " + bob));

            softly.assertThat(alicesObject.status()).as(name(route)).isEqualTo(404);
            softly.assertThat(alicesObject.body()).as(name(route)).isEqualTo(missingObject.body());
            alicesIds.forEach((parameter, id) -> {
                OwnedObject owned = OWNED.get(parameter);
                if (owned != null) {
                    softly.check(() -> owned.assertIntact(api, alice, id));
                }
            });
        }
        softly.assertAll();
    }

    private List<DeclaredRoute> guarded() {
        List<DeclaredRoute> guarded = routes.stream().filter(route -> route.access() != Access.PUBLIC).toList();
        assertThat(guarded).isNotEmpty();
        return guarded;
    }

    /** A request by {@code route}'s method to {@code path}, with a plausible JSON body when the method takes one. */
    private HttpRequest.Builder request(DeclaredRoute route, String path) {
        HttpRequest.Builder builder = api.request(path, null);
        return switch (route.method()) {
            case "GET", "DELETE", "HEAD", "OPTIONS" -> builder.method(route.method(), BodyPublishers.noBody());
            default -> builder.header("Content-Type", "application/json")
                    .method(route.method(), BodyPublishers.ofString(A_BODY));
        };
    }

    private static String placeholders(String path) {
        return fill(path, Map.of(), "1");
    }

    /** {@code path} with each parameter replaced by its value in {@code values}, or by {@code otherwise}. */
    private static String fill(String path, Map<String, String> values, String otherwise) {
        return PARAMETER.matcher(path).replaceAll(match -> values.getOrDefault(match.group(1), otherwise));
    }

    private static List<String> parameters(String path) {
        Matcher matcher = PARAMETER.matcher(path);
        return matcher.results().map(match -> match.group(1)).toList();
    }

    /** The message of an error in any dialect's shape: {@code {"detail": ...}} or {@code {"error": ...}}. */
    private static String message(ApiResponse response) {
        return response.json().has("error") ? response.json().path("error").asText() : response.detail();
    }

    private static List<String> challenge(DeclaredRoute route) {
        return CHALLENGES.entrySet().stream().filter(prefix -> route.path().startsWith(prefix.getKey()))
                .max(Comparator.comparingInt(prefix -> prefix.getKey().length()))
                .map(Map.Entry::getValue).orElse(List.of("Not authenticated", "Bearer"));
    }

    private static String name(DeclaredRoute route) {
        return route.method() + " " + route.path();
    }
}
