package dev.parley.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration value: everything the server is told from outside. {@link SettingsLoader} reads it
 * from environment variables and system properties; tests and embedders may build it directly.
 */
public record Settings(
        String host,
        int port,
        Path dataDir,
        Optional<Database> database,
        Optional<OpenAiProvider> openAi,
        List<String> models,
        Optional<String> defaultModel,
        Optional<String> jwtSecret,
        Duration accessTokenLifetime,
        Web web,
        Optional<Admin> admin,
        boolean singleUser,
        Optional<URI> publicUrl,
        Optional<String> ollamaHost,
        Optional<AnthropicProvider> anthropic,
        Optional<HuggingFaceProvider> huggingFace,
        Inference inference,
        Storage storage) {

    public Settings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(openAi, "openAi");
        models = List.copyOf(models);
        Objects.requireNonNull(defaultModel, "defaultModel");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(ollamaHost, "ollamaHost");
        Objects.requireNonNull(anthropic, "anthropic");
        Objects.requireNonNull(huggingFace, "huggingFace");
        Objects.requireNonNull(inference, "inference");
        Objects.requireNonNull(storage, "storage");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("PARLEY_PORT must be between 0 and 65535: " + port);
        }
    }

    /** An external database; without one, an embedded H2 file database lives in the data directory. */
    public record Database(String url, String user, String password) {

        @Override
        public String toString() {
            return "Database[url=" + Redaction.url(url) + ", user=" + user + ", password=<redacted>]";
        }
    }

    /**
     * How the HTTP server treats its clients: the SSE heartbeat, which proxies may tell the client's
     * address, which browser origins may call with credentials, the per-user stream cap, whether rate
     * limits apply (they always should, except for load tests) and how, and which {@code Host} names
     * it answers to (empty: any).
     */
    public record Web(Duration heartbeat, List<String> trustedProxies, List<String> corsOrigins,
            int maxConcurrentStreams, boolean rateLimits, List<RateLimitOverride> rateLimitOverrides,
            List<String> allowedHosts) {

        public Web {
            Objects.requireNonNull(heartbeat, "heartbeat");
            trustedProxies = List.copyOf(trustedProxies);
            corsOrigins = List.copyOf(corsOrigins);
            rateLimitOverrides = List.copyOf(rateLimitOverrides);
            allowedHosts = List.copyOf(allowedHosts);
        }

        /** Rate limits at their defaults (or off), and any Host header answered. */
        public Web(Duration heartbeat, List<String> trustedProxies, List<String> corsOrigins,
                int maxConcurrentStreams, boolean rateLimits) {
            this(heartbeat, trustedProxies, corsOrigins, maxConcurrentStreams, rateLimits, List.of(), List.of());
        }

        /** Fifteen-second heartbeats, no proxies, no CORS, four streams per user, rate limits on. */
        public static Web defaults() {
            return new Web(Duration.ofSeconds(15), List.of(), List.of(), 4, true);
        }
    }

    /**
     * One route class's rate limit changed from its default: {@code requests} per {@code per}, or no
     * limit at all when {@code per} is null. Route classes are those of the HTTP adapter (login,
     * register, reply, …).
     */
    public record RateLimitOverride(String routeClass, long requests, Duration per) {

        public RateLimitOverride {
            Objects.requireNonNull(routeClass, "routeClass");
        }
    }

    /** Settings with only the OpenAI-compatible provider (no Ollama, no Anthropic). */
    public Settings(String host, int port, Path dataDir, Optional<Database> database, Optional<OpenAiProvider> openAi,
            List<String> models, Optional<String> defaultModel, Optional<String> jwtSecret,
            Duration accessTokenLifetime, Web web, Optional<Admin> admin, boolean singleUser, Optional<URI> publicUrl) {
        this(host, port, dataDir, database, openAi, models, defaultModel, jwtSecret, accessTokenLifetime, web, admin,
                singleUser, publicUrl, Optional.empty(), Optional.empty(), Optional.empty(), Inference.defaults());
    }

    /** Settings with default storage. */
    public Settings(String host, int port, Path dataDir, Optional<Database> database, Optional<OpenAiProvider> openAi,
            List<String> models, Optional<String> defaultModel, Optional<String> jwtSecret,
            Duration accessTokenLifetime, Web web, Optional<Admin> admin, boolean singleUser, Optional<URI> publicUrl,
            Optional<String> ollamaHost, Optional<AnthropicProvider> anthropic,
            Optional<HuggingFaceProvider> huggingFace, Inference inference) {
        this(host, port, dataDir, database, openAi, models, defaultModel, jwtSecret, accessTokenLifetime, web, admin,
                singleUser, publicUrl, ollamaHost, anthropic, huggingFace, inference, Storage.defaults());
    }

    /** Settings without a catalog file or web search, and with the default timeouts and retries. */
    public Settings(String host, int port, Path dataDir, Optional<Database> database, Optional<OpenAiProvider> openAi,
            List<String> models, Optional<String> defaultModel, Optional<String> jwtSecret,
            Duration accessTokenLifetime, Web web, Optional<Admin> admin, boolean singleUser, Optional<URI> publicUrl,
            Optional<String> ollamaHost, Optional<AnthropicProvider> anthropic,
            Optional<HuggingFaceProvider> huggingFace) {
        this(host, port, dataDir, database, openAi, models, defaultModel, jwtSecret, accessTokenLifetime, web, admin,
                singleUser, publicUrl, ollamaHost, anthropic, huggingFace, Inference.defaults(), Storage.defaults());
    }

    public Settings withInference(Inference newInference) {
        return new Settings(host, port, dataDir, database, openAi, models, defaultModel, jwtSecret,
                accessTokenLifetime, web, admin, singleUser, publicUrl, ollamaHost, anthropic, huggingFace, newInference,
                storage);
    }

    public Settings withStorage(Storage newStorage) {
        return new Settings(host, port, dataDir, database, openAi, models, defaultModel, jwtSecret,
                accessTokenLifetime, web, admin, singleUser, publicUrl, ollamaHost, anthropic, huggingFace, inference,
                newStorage);
    }

    /**
     * Where uploaded files' bytes live ({@code blobsInDatabase}: in the database, for several nodes;
     * otherwise under the data directory) and the largest upload accepted.
     */
    public record Storage(boolean blobsInDatabase, long maxUploadBytes) {

        public Storage {
            if (maxUploadBytes < 1 || maxUploadBytes > 1024L * 1024 * 1024) {
                throw new IllegalArgumentException("PARLEY_MAX_UPLOAD_BYTES must be between 1 and 1073741824: "
                        + maxUploadBytes);
            }
        }

        public static Storage defaults() {
            return new Storage(false, 10L * 1024 * 1024);
        }
    }

    /**
     * How replies are produced: the catalog file, the web search engine, and how long and how often a
     * provider is tried. {@code attempts} counts the first try; retries happen only before a reply's
     * first token, and none starts after {@code retryDeadline}.
     */
    public record Inference(Optional<Path> modelsFile, Optional<URI> searchUrl, Duration connectTimeout,
            Duration firstTokenTimeout, Duration idleTimeout, Duration totalTimeout, int attempts,
            Duration retryDeadline) {

        public Inference {
            Objects.requireNonNull(modelsFile, "modelsFile");
            Objects.requireNonNull(searchUrl, "searchUrl");
            for (Duration d : List.of(connectTimeout, firstTokenTimeout, idleTimeout, totalTimeout, retryDeadline)) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("provider timeouts must be positive: " + d);
                }
            }
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("PARLEY_PROVIDER_ATTEMPTS must be between 1 and 10: " + attempts);
            }
        }

        public static Inference defaults() {
            return new Inference(Optional.empty(), Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(60),
                    Duration.ofSeconds(30), Duration.ofMinutes(10), 3, Duration.ofSeconds(30));
        }

        public Inference withModelsFile(Path file) {
            return new Inference(Optional.of(file), searchUrl, connectTimeout, firstTokenTimeout, idleTimeout,
                    totalTimeout, attempts, retryDeadline);
        }

        public Inference withSearchUrl(URI url) {
            return new Inference(modelsFile, Optional.of(url), connectTimeout, firstTokenTimeout, idleTimeout,
                    totalTimeout, attempts, retryDeadline);
        }

        public Inference withTimeouts(Duration firstToken, Duration idle, Duration total) {
            return new Inference(modelsFile, searchUrl, connectTimeout, firstToken, idle, total, attempts,
                    retryDeadline);
        }

        @Override
        public String toString() {
            return "Inference[modelsFile=" + modelsFile.orElse(null) + ", searchUrl="
                    + searchUrl.map(u -> Redaction.url(u.toString())).orElse(null) + ", connectTimeout="
                    + connectTimeout + ", firstTokenTimeout=" + firstTokenTimeout + ", idleTimeout=" + idleTimeout
                    + ", totalTimeout=" + totalTimeout + ", attempts=" + attempts + ", retryDeadline="
                    + retryDeadline + "]";
        }
    }

    /** Anthropic's Messages API: its base URL and key. */
    public record AnthropicProvider(String baseUrl, String apiKey) {

        @Override
        public String toString() {
            return "AnthropicProvider[baseUrl=" + Redaction.url(baseUrl) + ", apiKey=<redacted>]";
        }
    }

    /** Hugging Face's inference router (OpenAI-compatible): its base URL and token. */
    public record HuggingFaceProvider(String baseUrl, String token) {

        @Override
        public String toString() {
            return "HuggingFaceProvider[baseUrl=" + Redaction.url(baseUrl) + ", token=<redacted>]";
        }
    }

    /** The first admin account, created at start-up unless a user of that name exists. */
    public record Admin(String username, String password) {

        @Override
        public String toString() {
            return "Admin[username=" + username + ", password=<redacted>]";
        }
    }

    /** An OpenAI-compatible provider: its base URL (ending in /v1, as the OpenAI SDKs expect) and key. */
    public record OpenAiProvider(String baseUrl, Optional<String> apiKey) {

        @Override
        public String toString() {
            return "OpenAiProvider[baseUrl=" + Redaction.url(baseUrl) + ", apiKey="
                    + (apiKey.isPresent() ? "<redacted>" : "none") + "]";
        }
    }

    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", database=" + database
                + ", openAi=" + openAi + ", models=" + models + ", defaultModel=" + defaultModel
                + ", jwtSecret=" + (jwtSecret.isPresent() ? "<redacted>" : "generated") + ", web=" + web
                + ", admin=" + admin + ", singleUser=" + singleUser + ", publicUrl=" + publicUrl
                + ", ollamaHost=" + ollamaHost.map(Redaction::url) + ", anthropic=" + anthropic
                + ", huggingFace=" + huggingFace + "]";
    }
}
