package dev.parley.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.service.ChatCore;
import dev.parley.core.service.CoreOptions;
import dev.parley.core.testing.TestCore;
import dev.parley.http.support.SessionCookie;
import dev.parley.http.support.RateLimit;
import dev.parley.http.support.RateLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Test fixture: the real Javalin server on a loopback port over an in-memory core, and a client for it. */
public final class RunningApi implements AutoCloseable {

    /** Short enough that a silent stream shows a heartbeat within a test's patience. */
    public static final Duration HEARTBEAT = Duration.ofMillis(100);
    /** Short enough that a reply of a user whose credentials were revoked ends within a test's patience. */
    public static final Duration CREDENTIAL_RECHECK = Duration.ofMillis(100);
    public static final long MAX_BODY = 64 * 1024;
    /** Limits that apply, as everywhere, but that no test reaches by accident. */
    public static final RateLimits GENEROUS_LIMITS = RateLimits.everywhere(new RateLimit(10_000, Duration.ofHours(1)));
    public static final String ADMIN = "root";
    public static final String ADMIN_PASSWORD = "root password 1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestCore core;
    private final HttpServer app;
    private final HttpClient client;
    private final URI base;

    private RunningApi(TestCore core, UseCases useCases, HttpSettings settings) {
        this.core = core;
        this.app = HttpApi.create(useCases, settings, core.clock()).start("127.0.0.1", 0);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = URI.create("http://127.0.0.1:" + app.port());
    }

    public static RunningApi start() {
        TestCore core = TestCore.create();
        return new RunningApi(core, core.useCases(), settings());
    }

    /** Serves a fresh in-memory core with other settings. */
    public static RunningApi start(HttpSettings settings) {
        TestCore core = TestCore.create();
        return new RunningApi(core, core.useCases(), settings);
    }

    /** Serves a fresh in-memory core in single-user mode: every request acts as the local user. */
    public static RunningApi startSingleUser(HttpSettings settings) {
        TestCore core = TestCore.create();
        return new RunningApi(core, ChatCore.wire(core.ports(), new CoreOptions(true)), settings);
    }

    /** Serves a fresh in-memory core whose uploads, like the server's, may hold at most {@code maxUploadBytes}. */
    public static RunningApi startWithUploadLimit(long maxUploadBytes) {
        return startWithUploadLimits(maxUploadBytes, maxUploadBytes);
    }

    /** Serves a fresh in-memory core whose server and core limit uploads differently, as a misconfiguration would. */
    public static RunningApi startWithUploadLimits(long serverBytes, long coreBytes) {
        TestCore core = TestCore.create();
        return new RunningApi(core, ChatCore.wire(core.ports(), new CoreOptions(false, coreBytes)),
                settings().withMaxUploadBytes(serverBytes));
    }

    /** Serves {@code useCases} (perhaps the core's with one replaced) instead of the core's own. */
    public static RunningApi start(TestCore core, UseCases useCases) {
        return new RunningApi(core, useCases, settings());
    }

    /**
     * The test settings: a quick heartbeat and credential re-check, a small body limit, the default grace,
     * and abuse limits no test reaches unless it sets tighter ones.
     */
    public static HttpSettings settings() {
        return new HttpSettings(HEARTBEAT, MAX_BODY, HttpSettings.DEFAULT_SHUTDOWN_GRACE, CREDENTIAL_RECHECK)
                .withRateLimits(GENEROUS_LIMITS).withMaxConcurrentStreams(64);
    }

    public TestCore core() {
        return core;
    }

    /** Makes sure the admin {@link #ADMIN} exists and returns a fresh bearer token for them. */
    public String adminToken() {
        core.useCases().createAdmin().ensureAdmin(new CreateAdminCommand(ADMIN, ADMIN_PASSWORD));
        return logIn(ADMIN, ADMIN_PASSWORD);
    }

    /** A fresh bearer token, straight from the core. */
    public String logIn(String username, String password) {
        return core.useCases().issueToken().issue(new IssueTokenCommand(username, password)).value();
    }

    /** A fresh session secret, straight from the core, for the session cookie. */
    public String sessionFor(String username, String password) {
        return core.useCases().startSession().startSession(new IssueTokenCommand(username, password)).value();
    }

    /** The server's own origin, as a browser on its pages would send it in {@code Origin}. */
    public String origin() {
        return base.toString();
    }

    /** A request to {@code path} carrying {@code session} in the session cookie, as a browser sends it. */
    public HttpRequest.Builder withCookie(String path, String session) {
        return request(path, null).header("Cookie", SessionCookie.NAME + "=" + session);
    }

    /** The server itself, for stopping it while requests are in flight. */
    public HttpServer server() {
        return app;
    }

    /** The port the server listens on, for talking to it over a raw socket. */
    public int port() {
        return app.port();
    }

    public ApiResponse get(String path, String token) {
        return send(request(path, token).GET());
    }

    public ApiResponse delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public ApiResponse post(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    public ApiResponse patch(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(json)));
    }

    public ApiResponse send(String method, String path, String contentType, BodyPublisher body, String token) {
        HttpRequest.Builder builder = request(path, token).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Posts {@code form} as {@code multipart/form-data} with its length declared. */
    public ApiResponse upload(String path, MultipartBody form, String token) {
        return send(request(path, token).header("Content-Type", form.contentType())
                .POST(BodyPublishers.ofByteArray(form.bytes())));
    }

    /** Posts {@code form} chunked, without a declared length, as a client streaming a file of unknown size does. */
    public ApiResponse uploadChunked(String path, MultipartBody form, String token) {
        byte[] bytes = form.bytes();
        return send(request(path, token).header("Content-Type", form.contentType())
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** Posts a chat request asking for JSON lines ({@code Accept: application/x-ndjson}). */
    public ApiResponse postJsonLines(String json, String token) {
        return send(jsonLinesRequest(json, token));
    }

    /** Posts a chat request asking for JSON lines and hands back the response as it arrives. */
    public OpenStream openJsonLines(String json, String token) {
        return openStream(jsonLinesRequest(json, token));
    }

    private HttpRequest.Builder jsonLinesRequest(String json, String token) {
        return request("/v1/chat/stream", token).header("Content-Type", "application/json")
                .header("Accept", "application/x-ndjson").POST(BodyPublishers.ofString(json));
    }

    /** Posts a chat request and hands back the response as it arrives, for reading a stream piece by piece. */
    public OpenStream openStream(String json, String token) {
        return openStream(request("/v1/chat/stream", token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    /** Sends {@code builder} and hands back the response as it arrives. */
    public OpenStream openStream(HttpRequest.Builder builder) {
        try {
            return new OpenStream(client.send(builder.build(), BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        app.stop();
    }

    /** A request to {@code path} with {@code authorization} as its Authorization header, e.g. {@code "Token <key>"}. */
    public HttpRequest.Builder authorized(String path, String authorization) {
        return request(path, null).header("Authorization", authorization);
    }

    /** A request to {@code path}, bearing {@code token} when it is not null. */
    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Sends without waiting, for a request that is still running when the test acts. */
    public CompletableFuture<ApiResponse> sendAsync(HttpRequest.Builder builder) {
        return client.sendAsync(builder.build(), BodyHandlers.ofString())
                .thenApply(response -> new ApiResponse(response.statusCode(), response.headers(), response.body()));
    }

    /** Sends {@code builder} and keeps the response body as bytes, for a download. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
