package dev.parley.http.drf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.port.in.AskCommand;
import dev.parley.core.port.in.AskModelUseCase;
import dev.parley.core.port.in.ModelAnswer;
import dev.parley.http.support.Access;
import dev.parley.http.support.Caller;
import dev.parley.http.support.ConnectionWatch;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

/**
 * HTTP adapter, seed 001: {@code POST /api/llm/}, one question to the default model outside any chat,
 * answered whole as {@code {"response", "model", "usage", "document_truncated"}}. An optional
 * {@code file_url} names the document the question is about: one of this server's file URLs is read from
 * the caller's own files (another user's is 404), any other http(s) URL is fetched by the core's web page
 * reader, which refuses private and loopback addresses (400 on {@code file_url}). A client that hangs up
 * cancels the model call.
 */
final class LlmEndpoints {

    static final String INVALID_URL = "Enter a valid URL.";
    private static final Duration CLIENT_CHECK = Duration.ofMillis(500);

    private final AskModelUseCase ask;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final InFlightReplies replies;
    private final FileLinks links;

    LlmEndpoints(AskModelUseCase ask, Credentials credentials, ObjectMapper mapper, InFlightReplies replies,
            FileLinks links) {
        this.ask = ask;
        this.credentials = credentials;
        this.mapper = mapper;
        this.replies = replies;
        this.links = links;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.REPLY, HandlerType.POST, "/api/llm/", this::ask);
    }

    private void ask(Context ctx) {
        Caller caller = credentials.caller(ctx);
        DrfBody body = DrfBody.read(ctx, mapper);
        String prompt = body.string("prompt", true);
        URI url = fileUrl(body);
        body.throwIfInvalid();
        FileId file = url == null ? null : links.fileAt(ctx, url).orElse(null);
        AskCommand command = new AskCommand(caller.user().id(), prompt, null, file, file == null ? url : null);
        try (InFlightReplies.Reply reply = replies.start(caller)) {
            ctx.json(LlmResponse.of(answer(ctx, command, reply)));
        }
    }

    private ModelAnswer answer(Context ctx, AskCommand command, InFlightReplies.Reply reply) {
        ConnectionWatch watch = ConnectionWatch.start(ctx.req(), CLIENT_CHECK, reply.cancellation()::cancel);
        try {
            return ask.ask(command, reply.cancellation());
        } catch (InvalidInputException e) {
            // The page reader names its input "url"; here that input is the request's file_url.
            throw "url".equals(e.field()) ? new InvalidInputException("file_url", e.getMessage()) : e;
        } catch (CancelledException e) {
            if (reply.credentialsRevoked()) {
                throw HttpProblem.unauthorized(InFlightReplies.REVOKED);
            }
            if (replies.isStopping()) {
                throw HttpProblem.of(503, InFlightReplies.STOPPING);
            }
            throw e;
        } finally {
            watch.close();
            if (watch.consumedBytes()) {
                ctx.header("Connection", "close");
            }
        }
    }

    /** The optional {@code file_url}: an absolute http(s) URL; null, empty or absent is none. */
    private static URI fileUrl(DrfBody body) {
        if (!body.has("file_url") || body.isNullOrEmpty("file_url")) {
            return null;
        }
        String text = body.string("file_url", false);
        if (text == null) {
            return null;
        }
        try {
            URI url = new URI(text.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException malformed) {
            // Reported below, as any URL that is not http(s) is.
        }
        body.reject("file_url", INVALID_URL);
        return null;
    }
}
