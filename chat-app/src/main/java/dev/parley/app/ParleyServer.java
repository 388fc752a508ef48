package dev.parley.app;

import dev.parley.app.security.Argon2PasswordHasher;
import dev.parley.app.security.JwtSecret;
import dev.parley.app.security.JwtTokenService;
import dev.parley.app.security.RandomIds;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.port.out.BlobStore;
import dev.parley.core.port.out.DrivenPorts;
import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.port.out.WebSearch;
import dev.parley.core.service.ChatCore;
import dev.parley.core.service.CoreOptions;
import dev.parley.http.HttpApi;
import dev.parley.http.HttpServer;
import dev.parley.http.HttpSettings;
import dev.parley.http.support.RateLimit;
import dev.parley.http.support.RateLimits;
import dev.parley.http.support.RouteClass;
import dev.parley.llm.anthropic.AnthropicSettings;
import dev.parley.llm.catalog.CatalogFile;
import dev.parley.llm.catalog.ModelCatalogs;
import dev.parley.llm.catalog.ProviderOffer;
import dev.parley.llm.extract.PdfLimits;
import dev.parley.llm.extract.PdfTextExtractor;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.ollama.OllamaSettings;
import dev.parley.llm.openai.OpenAiSettings;
import dev.parley.llm.resilience.ResilienceSettings;
import dev.parley.llm.resilience.ResilientChatModel;
import dev.parley.llm.search.SearxngSettings;
import dev.parley.llm.search.SearxngWebSearch;
import dev.parley.llm.tokens.JtokkitTokenCounter;
import dev.parley.llm.web.FetchedImages;
import dev.parley.llm.web.FetchedPages;
import dev.parley.llm.web.SafeFetcher;
import dev.parley.persistence.DatabaseSettings;
import dev.parley.persistence.FilesystemBlobStore;
import dev.parley.persistence.JdbiPersistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root: builds every adapter from {@link Settings}, hands them to the core, and serves
 * the core over HTTP. Wiring is plain constructor calls, read top to bottom. Closing it stops the
 * server, then the provider client, then the database.
 */
public final class ParleyServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);
    /** The model seed 000 ("citizens") answers with, on Hugging Face. */
    static final String SEED_000_MODEL = "Qwen/Qwen2.5-72B-Instruct";
    static final int SEED_000_MAX_TOKENS = 150;
    static final double SEED_000_TEMPERATURE = 0.7;

    private final JdbiPersistence persistence;
    private final ProviderHttp providerHttp;
    private final HttpServer http;

    private ParleyServer(JdbiPersistence persistence, ProviderHttp providerHttp, HttpServer http) {
        this.persistence = persistence;
        this.providerHttp = providerHttp;
        this.http = http;
    }

    /** Wires everything and starts listening; fails fast, releasing what it opened, if any part cannot start. */
    public static ParleyServer start(Settings settings, Clock clock) {
        LOG.info("Starting Parley with {}", settings);
        createDataDir(settings);
        JdbiPersistence persistence = JdbiPersistence.open(databaseSettings(settings));
        ProviderHttp providerHttp = ProviderHttp.create();
        try {
            IdGenerator ids = new RandomIds();
            Settings.Inference inference = settings.inference();
            ModelCatalog catalog = ModelCatalogs.assemble(providers(settings, providerHttp), settings.defaultModel(),
                    Optional.of(catalogFile(settings)));
            WebSearch webSearch = inference.searchUrl()
                    .<WebSearch>map(url -> new SearxngWebSearch(SearxngSettings.of(url.toString()), providerHttp))
                    .orElse(WebSearch.NONE);
            JwtSecret secret = settings.jwtSecret().map(JwtSecret::of).orElseGet(() -> JwtSecret.kept(settings.dataDir()));
            PdfTextExtractor pdfExtractor = new PdfTextExtractor(PdfLimits.defaults());
            DrivenPorts ports = new DrivenPorts(clock, ids, persistence.transactions(),
                    persistence.users(), persistence.credentials(), persistence.conversations(), persistence.messages(),
                    catalog, new Argon2PasswordHasher(),
                    new JwtTokenService(secret, clock, settings.accessTokenLifetime(), ids),
                    persistence.usage(), new JtokkitTokenCounter(), webSearch, persistence.prompts(),
                    persistence.files(), blobs(settings, persistence), pdfExtractor,
                    new FetchedPages(new SafeFetcher(providerHttp), pdfExtractor));
            UseCases useCases = ChatCore.wire(ports,
                    new CoreOptions(settings.singleUser(), settings.storage().maxUploadBytes()));
            warnAboutSingleUserMode(settings);
            settings.admin().ifPresent(admin -> createAdmin(useCases, admin));
            HttpServer http = HttpApi.create(useCases, httpSettings(settings), clock);
            http.start(settings.host(), settings.port());
            ParleyServer server = new ParleyServer(persistence, providerHttp, http);
            LOG.info("Parley is listening on {}", server.baseUri());
            return server;
        } catch (RuntimeException failure) {
            providerHttp.close();
            persistence.close();
            throw failure;
        }
    }

    /** Single-user mode trusts whoever can reach the port: say so loudly when that is more than this machine. */
    private static void warnAboutSingleUserMode(Settings settings) {
        if (!settings.singleUser()) {
            return;
        }
        boolean loopback = settings.host().equals("localhost") || settings.host().startsWith("127.")
                || settings.host().equals("::1") || settings.host().equals("[::1]");
        if (loopback) {
            LOG.warn("PARLEY_AUTH=none: every request acts as the local user, without any credential");
        } else {
            LOG.warn("PARLEY_AUTH=none while listening on {}: ANYONE who can reach this port acts as the local "
                    + "admin user without any credential. Listen on 127.0.0.1 or turn single-user mode off.",
                    settings.host());
        }
    }

    /** Uploaded files' bytes: in the database for several nodes, else owner-only under the data directory. */
    private static BlobStore blobs(Settings settings, JdbiPersistence persistence) {
        return settings.storage().blobsInDatabase()
                ? persistence.blobs()
                : new FilesystemBlobStore(settings.dataDir().resolve("blobs"));
    }

    /**
     * The catalog file, if one is configured, and with Hugging Face configured an entry for seed 000's model
     * at its documented 150 tokens and temperature 0.7, unless the file describes that model itself.
     */
    private static CatalogFile catalogFile(Settings settings) {
        CatalogFile file = settings.inference().modelsFile().map(CatalogFile::read).orElseGet(CatalogFile::empty);
        boolean described = file.models().stream().anyMatch(m -> m.name().equals(SEED_000_MODEL));
        if (settings.huggingFace().isEmpty() || described) {
            return file;
        }
        List<ModelDescriptor> models = new ArrayList<>(file.models());
        models.add(new ModelDescriptor(SEED_000_MODEL, "huggingface", SEED_000_MODEL, new ModelProfile(null,
                SEED_000_MAX_TOKENS, SEED_000_TEMPERATURE, List.of(), List.of(),
                Set.of(ModelCapability.CHAT, ModelCapability.STREAMING))));
        return new CatalogFile(file.source(), models, file.defaultModel());
    }

    private static HttpSettings httpSettings(Settings settings) {
        Settings.Web web = settings.web();
        HttpSettings http = new HttpSettings(web.heartbeat(), HttpSettings.DEFAULT_MAX_REQUEST_BODY_BYTES)
                .withTrustedProxies(web.trustedProxies())
                .withCorsOrigins(web.corsOrigins())
                .withMaxConcurrentStreams(web.maxConcurrentStreams())
                .withMaxUploadBytes(settings.storage().maxUploadBytes())
                .withRateLimits(rateLimits(web))
                .withAllowedHosts(web.allowedHosts())
                .withPublicOrigin(settings.publicUrl().map(URI::toString))
                .withSecureCookies(settings.publicUrl().map(url -> url.getScheme().equals("https")).orElse(false));
        return settings.huggingFace().isPresent() ? http.withCitizensModel(SEED_000_MODEL) : http;
    }

    private static RateLimits rateLimits(Settings.Web web) {
        if (!web.rateLimits()) {
            return RateLimits.off();
        }
        RateLimits limits = RateLimits.defaults();
        for (Settings.RateLimitOverride change : web.rateLimitOverrides()) {
            RouteClass routeClass = RouteClass.valueOf(change.routeClass().toUpperCase(Locale.ROOT));
            limits = change.per() == null ? limits.without(routeClass)
                    : limits.with(routeClass, new RateLimit(change.requests(), change.per()));
        }
        return limits;
    }

    private static void createAdmin(UseCases useCases, Settings.Admin admin) {
        boolean created = useCases.createAdmin().ensureAdmin(new CreateAdminCommand(admin.username(), admin.password()));
        LOG.info(created ? "Created the admin account {}" : "A user named {} exists already; left unchanged",
                admin.username());
    }

    /** The data directory holds password hashes and every conversation: when Parley creates it, only its owner may enter. */
    private static void createDataDir(Settings settings) {
        try {
            if (!Files.isDirectory(settings.dataDir())) {
                boolean posix = settings.dataDir().getFileSystem().supportedFileAttributeViews().contains("posix");
                if (posix) {
                    Files.createDirectories(settings.dataDir(),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(settings.dataDir());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
    }

    private static DatabaseSettings databaseSettings(Settings settings) {
        return settings.database()
                .map(db -> new DatabaseSettings(db.url(), db.user(), db.password(), DatabaseSettings.DEFAULT_POOL_SIZE))
                .orElseGet(() -> DatabaseSettings.h2File(settings.dataDir().toAbsolutePath()));
    }

    /**
     * Every configured provider, in the order that settles name clashes: OpenAI-compatible, Ollama,
     * Anthropic, Hugging Face. Each is wrapped in the retry and time limits of {@link Settings.Inference}.
     */
    private static List<ProviderOffer> providers(Settings settings, ProviderHttp http) {
        Settings.Inference inference = settings.inference();
        Duration connect = inference.connectTimeout();
        // OkHttp's own silence limit stays behind Parley's, whose errors say which limit passed.
        Duration read = Collections.max(List.of(inference.firstTokenTimeout(), inference.idleTimeout()))
                .plusSeconds(5);
        List<ProviderOffer> offers = new ArrayList<>();
        settings.openAi().ifPresent(p -> offers.add(ModelCatalogs.openAi(
                OpenAiSettings.of("openai", p.baseUrl(), p.apiKey().orElse(null)).withModels(settings.models())
                        .withTimeouts(connect, read, OpenAiSettings.DEFAULT_DISCOVERY_TIMEOUT), http)));
        settings.ollamaHost().ifPresent(host -> offers.add(ModelCatalogs.ollama(OllamaSettings.of(host)
                .withTimeouts(connect, max(read, OllamaSettings.DEFAULT_READ_TIMEOUT),
                        OllamaSettings.DEFAULT_DISCOVERY_TIMEOUT),
                http, new FetchedImages(new SafeFetcher(http)))));
        settings.anthropic().ifPresent(a -> offers.add(ModelCatalogs.anthropic(
                AnthropicSettings.of(a.baseUrl(), a.apiKey())
                        .withTimeouts(connect, read, AnthropicSettings.DEFAULT_DISCOVERY_TIMEOUT), http)));
        // Hugging Face's router speaks the OpenAI protocol; seed 000's model is always on offer.
        settings.huggingFace().ifPresent(hf -> offers.add(ModelCatalogs.openAi(OpenAiSettings
                .of("huggingface", hf.baseUrl(), hf.token()).withModels(List.of(SEED_000_MODEL))
                .withTimeouts(connect, read, OpenAiSettings.DEFAULT_DISCOVERY_TIMEOUT), http)));
        ResilienceSettings resilience = ResilienceSettings.defaults()
                .withTimeouts(inference.firstTokenTimeout(), inference.idleTimeout(), inference.totalTimeout())
                .withRetries(inference.attempts(), ResilienceSettings.defaults().initialBackoff(),
                        ResilienceSettings.defaults().maxBackoff(), inference.retryDeadline());
        return offers.stream()
                .map(offer -> offer.withModel(new ResilientChatModel(offer.provider(), offer.model(), resilience)))
                .toList();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return http.port();
    }

    public URI baseUri() {
        return URI.create("http://" + http.host() + ":" + http.port());
    }

    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            try {
                providerHttp.close();
            } finally {
                persistence.close();
            }
        }
    }
}
