package dev.parley.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@link Settings} from environment variables, each overridable by a system property of the
 * same name (so {@code -DPARLEY_PORT=9000} beats {@code PARLEY_PORT=8000}). Blank values count as unset.
 */
public final class SettingsLoader {

    static final String OPENAI_API = "https://api.openai.com/v1";
    static final String ANTHROPIC_API = "https://api.anthropic.com";
    static final String HUGGING_FACE_ROUTER = "https://router.huggingface.co/v1";

    private final Function<String, String> lookup;

    public SettingsLoader(Map<String, String> environment, Map<String, String> properties) {
        this.lookup = name -> properties.containsKey(name) ? properties.get(name) : environment.get(name);
    }

    /** The process's own environment and system properties. */
    public static Settings fromSystem() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
        return new SettingsLoader(System.getenv(), properties).load();
    }

    public Settings load() {
        // Credentials may also travel inside the URL itself, so both are optional.
        Optional<Settings.Database> database = value("PARLEY_DB_URL").map(url -> new Settings.Database(url,
                value("PARLEY_DB_USER").orElse(""), value("PARLEY_DB_PASSWORD").orElse("")));
        // As with the OpenAI SDKs, a key without a base URL means OpenAI's own API.
        Optional<Settings.OpenAiProvider> openAi = value("OPENAI_BASE_URL").or(() -> value("OPENAI_API_KEY")
                        .map(key -> OPENAI_API))
                .map(url -> new Settings.OpenAiProvider(url, value("OPENAI_API_KEY")));
        List<String> models = list("PARLEY_MODELS");
        if (!models.isEmpty() && openAi.isEmpty()) {
            throw new IllegalArgumentException(
                    "PARLEY_MODELS names models but no provider serves them: set OPENAI_BASE_URL (and OPENAI_API_KEY)");
        }
        boolean singleUser = singleUser();
        Optional<URI> publicUrl = publicUrl();
        String host = value("PARLEY_HOST").orElse("127.0.0.1");
        Optional<String> adminName = value("PARLEY_ADMIN_USERNAME");
        Optional<String> adminPassword = value("PARLEY_ADMIN_PASSWORD");
        if (adminName.isPresent() != adminPassword.isPresent()) {
            throw new IllegalArgumentException("PARLEY_ADMIN_USERNAME and PARLEY_ADMIN_PASSWORD go together: set both or neither");
        }
        Optional<Settings.Admin> admin = adminName.map(name -> new Settings.Admin(name, adminPassword.get()));
        return new Settings(
                host,
                integer("PARLEY_PORT", 8000),
                Path.of(value("PARLEY_DATA_DIR").orElse("./data")),
                database,
                openAi,
                models,
                value("PARLEY_DEFAULT_MODEL"),
                value("PARLEY_JWT_SECRET"),
                Duration.ofSeconds(integer("PARLEY_ACCESS_TOKEN_TTL_SECONDS", 15 * 60)),
                new Settings.Web(Duration.ofSeconds(integer("PARLEY_SSE_HEARTBEAT_SECONDS", 15)),
                        list("PARLEY_TRUSTED_PROXIES"), list("PARLEY_CORS_ORIGINS"),
                        integer("PARLEY_MAX_CONCURRENT_STREAMS", 4),
                        RateLimitSpec.enabled(value("PARLEY_RATE_LIMITS").orElse("on")),
                        RateLimitSpec.overrides(value("PARLEY_RATE_LIMITS").orElse("on")),
                        allowedHosts(singleUser, host, publicUrl)),
                admin,
                singleUser,
                publicUrl,
                value("OLLAMA_HOST"),
                value("ANTHROPIC_API_KEY").map(key -> new Settings.AnthropicProvider(
                        value("ANTHROPIC_BASE_URL").orElse(ANTHROPIC_API), key)),
                value("HF_TOKEN").map(token -> new Settings.HuggingFaceProvider(
                        value("HF_BASE_URL").orElse(HUGGING_FACE_ROUTER), token)),
                inference(),
                storage());
    }

    private Settings.Storage storage() {
        String blobs = value("PARLEY_BLOBS").orElse("filesystem").toLowerCase(java.util.Locale.ROOT);
        if (!blobs.equals("filesystem") && !blobs.equals("database")) {
            throw new IllegalArgumentException("PARLEY_BLOBS must be filesystem or database, not '" + blobs + "'");
        }
        Optional<String> raw = value("PARLEY_MAX_UPLOAD_BYTES");
        long max;
        try {
            max = raw.map(Long::parseLong).orElse(Settings.Storage.defaults().maxUploadBytes());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARLEY_MAX_UPLOAD_BYTES must be a whole number, not '" + raw.get() + "'");
        }
        return new Settings.Storage(blobs.equals("database"), max);
    }

    private Settings.Inference inference() {
        Settings.Inference defaults = Settings.Inference.defaults();
        return new Settings.Inference(
                value("PARLEY_MODELS_FILE").map(Path::of),
                value("PARLEY_SEARCH_URL").map(raw -> httpUrl("PARLEY_SEARCH_URL", raw)),
                seconds("PARLEY_CONNECT_TIMEOUT_SECONDS", defaults.connectTimeout()),
                seconds("PARLEY_FIRST_TOKEN_TIMEOUT_SECONDS", defaults.firstTokenTimeout()),
                seconds("PARLEY_IDLE_TIMEOUT_SECONDS", defaults.idleTimeout()),
                seconds("PARLEY_REPLY_TIMEOUT_SECONDS", defaults.totalTimeout()),
                integer("PARLEY_PROVIDER_ATTEMPTS", defaults.attempts()),
                seconds("PARLEY_RETRY_DEADLINE_SECONDS", defaults.retryDeadline()));
    }

    private Duration seconds(String name, Duration fallback) {
        int value = integer(name, (int) fallback.toSeconds());
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 second, not " + value);
        }
        return Duration.ofSeconds(value);
    }

    private static URI httpUrl(String name, String raw) {
        try {
            URI uri = new URI(raw);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException(name + " must be an http(s) URL, not '" + raw + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(name + " must be an http(s) URL, not '" + raw + "'");
        }
    }

    /** A comma-separated list; blank entries are dropped. */
    private List<String> list(String name) {
        return value(name)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** PARLEY_AUTH: {@code credentials} (the default) or {@code none}, single-user mode. */
    private boolean singleUser() {
        String raw = value("PARLEY_AUTH").orElse("credentials");
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "credentials" -> false;
            case "none" -> true;
            default -> throw new IllegalArgumentException("PARLEY_AUTH must be credentials or none, not '" + raw + "'");
        };
    }

    /**
     * PARLEY_ALLOWED_HOSTS when given; otherwise any host, except in single-user mode, where only this
     * machine's loopback names, the host listened on and the public URL's host are answered, so that a
     * web page cannot reach the credential-free server through DNS rebinding.
     */
    private List<String> allowedHosts(boolean singleUser, String host, Optional<URI> publicUrl) {
        List<String> configured = list("PARLEY_ALLOWED_HOSTS");
        if (!configured.isEmpty() || !singleUser) {
            return configured;
        }
        List<String> hosts = new java.util.ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        if (!host.equals("0.0.0.0") && !host.equals("::") && !host.equals("[::]")) {
            hosts.add(host);
        }
        publicUrl.ifPresent(url -> hosts.add(url.getHost()));
        return List.copyOf(new java.util.LinkedHashSet<>(hosts));
    }

    private Optional<URI> publicUrl() {
        return value("PARLEY_PUBLIC_URL").map(raw -> {
            URI uri = URI.create(raw);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("PARLEY_PUBLIC_URL must be an http(s) URL, not '" + raw + "'");
            }
            return uri;
        });
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private int integer(String name, int fallback) {
        Optional<String> raw = value(name);
        try {
            return raw.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + raw.get() + "'");
        }
    }
}
