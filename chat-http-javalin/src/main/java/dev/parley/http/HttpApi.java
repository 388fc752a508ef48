package dev.parley.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.citizens.CitizensApi;
import dev.parley.http.drf.DrfApi;
import dev.parley.http.stream.UploadEndpoints;
import dev.parley.http.support.AccessControl;
import dev.parley.http.support.ClientAddresses;
import dev.parley.http.support.CorsPolicy;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.CsrfCheck;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.ErrorResponses;
import dev.parley.http.support.HostCheck;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.Json;
import dev.parley.http.support.RateLimiter;
import dev.parley.http.support.RequestLimits;
import dev.parley.http.support.RouteInventory;
import dev.parley.http.support.SessionCookie;
import dev.parley.http.support.UnreadBodies;
import dev.parley.http.support.Uploads;
import dev.parley.http.threads.ThreadsApi;
import dev.parley.http.uuidchat.UuidChatApi;
import dev.parley.http.v1.AccountEndpoints;
import dev.parley.http.v1.AdminEndpoints;
import dev.parley.http.v1.AuthEndpoints;
import dev.parley.http.v1.ChatEndpoints;
import dev.parley.http.v1.FileEndpoints;
import dev.parley.http.v1.ModelEndpoints;
import dev.parley.http.v1.PromptEndpoints;
import dev.parley.http.v1.SessionEndpoints;
import dev.parley.http.v1.TokenEndpoints;
import dev.parley.http.v1.UsageEndpoints;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Driving adapter: builds the Javalin server that serves Parley's HTTP APIs over the core's use cases.
 * Every route declares who may call it ({@link dev.parley.http.support.Access}); building a server with a
 * route that does not fails with an {@link IllegalStateException}.
 */
public final class HttpApi {

    private HttpApi() {
    }

    /**
     * A configured server on the system clock, not yet started: the caller calls {@code start(host, port)}
     * and, later, {@code stop()}.
     */
    public static HttpServer create(UseCases useCases, HttpSettings settings) {
        return create(useCases, settings, Clock.systemUTC());
    }

    /** A configured server, not yet started, that takes "today" (the default usage range) from {@code clock}. */
    public static HttpServer create(UseCases useCases, HttpSettings settings, Clock clock) {
        ObjectMapper mapper = Json.newMapper();
        Credentials credentials = new Credentials(useCases.authenticate());
        long maxBody = settings.maxRequestBodyBytes();
        InFlightReplies replies = new InFlightReplies(settings.credentialRecheck(), settings.maxConcurrentStreams());
        RequestLimits limits = new RequestLimits(new RateLimiter(settings.rateLimits()),
                new ClientAddresses(settings.trustedProxies()), credentials);
        GracefulHandler requests = new GracefulHandler();
        CsrfCheck csrf = new CsrfCheck(settings.publicOrigin(), settings.corsOrigins());
        AccessControl access = new AccessControl(credentials, csrf);
        SessionCookie cookie = new SessionCookie(settings.secureCookies());
        RouteInventory inventory = new RouteInventory();
        Uploads uploads = new Uploads(settings.maxUploadBytes());
        DialectSupport dialect = new DialectSupport(useCases, credentials, mapper, cookie, csrf, limits, uploads,
                replies, settings, clock);
        return new HttpServer(Javalin.create(config -> {
            inventory.watch(config.events);
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = maxBody;
            uploads.configure(config.jetty.multipartConfig);
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Its watcher is a non-daemon thread per instance that sleeps 5 s; the caller starts the server anyway.
            config.startup.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(mapper, true));
            // Counts requests until their responses are complete, so that stopping can wait for the last bytes.
            config.jetty.modifyServer(server -> server.insertHandler(requests));

            config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            // Before the limits, so that a browser may read a 429 too; a preflight ends here.
            new HostCheck(settings.allowedHosts()).register(config.routes);
            new CorsPolicy(settings.corsOrigins()).register(config.routes);
            // A declared length over the limit is refused before any of the body is read; an upload's is larger.
            config.routes.beforeMatched(ctx -> {
                if (ctx.req().getContentLengthLong() > uploads.maxBody(ctx.endpoints().matchedHttpEndpoint(), maxBody)) {
                    throw new ContentTooLargeResponse();
                }
            });
            limits.register(config.routes);
            access.register(config.routes);
            ErrorResponses.register(config.routes);
            UnreadBodies.register(config.routes);

            new AuthEndpoints(useCases, credentials, mapper).register(config.routes);
            new TokenEndpoints(useCases, mapper, limits, cookie, csrf).register(config.routes);
            new AccountEndpoints(useCases, credentials, mapper, cookie).register(config.routes);
            new AdminEndpoints(useCases, credentials).register(config.routes);
            new ChatEndpoints(useCases, credentials, mapper, settings.heartbeat(), replies).register(config.routes);
            new SessionEndpoints(useCases, credentials, mapper).register(config.routes);
            new ModelEndpoints(useCases.listModels(), credentials).register(config.routes);
            new UsageEndpoints(useCases.usage(), credentials, clock).register(config.routes);
            new PromptEndpoints(useCases.prompts(), credentials, mapper).register(config.routes);
            new FileEndpoints(useCases.files(), credentials, mapper, uploads).register(config.routes);
            // Seed 002's own paths; the same dialect's /v1/chat routes are still in the v1 package.
            // Seed 002's own paths (its /v1/chat routes are the v1 package's), before seed 001's /api/chat/{id}.
            new dev.parley.http.stream.PromptEndpoints(useCases.prompts(), credentials, mapper).register(config.routes);
            new UploadEndpoints(useCases.files(), credentials, uploads).register(config.routes);
            new CitizensApi(dialect).register(config.routes);
            new DrfApi(dialect).register(config.routes);
            new ThreadsApi(dialect).register(config.routes);
            new UuidChatApi(dialect).register(config.routes);
        }), replies, requests, settings.shutdownGrace(), inventory);
    }
}
