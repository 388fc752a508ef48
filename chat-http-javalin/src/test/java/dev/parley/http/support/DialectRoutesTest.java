package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.error.NotFoundException;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DialectRoutesTest {

    private static final ErrorShape ERROR_KEY = new ErrorShape((problem, ctx) ->
            ctx.status(problem.status() == 422 ? 400 : problem.status())
                    .json(Map.of("error", problem.detail().toString())));

    private Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            ErrorResponses.register(config.routes);
            DialectRoutes dialect = new DialectRoutes(config.routes, ERROR_KEY);
            dialect.add(Access.PUBLIC, RouteClass.OTHER, HandlerType.GET, "/chat/things/{id}/", ctx -> {
                throw new NotFoundException("Thing");
            });
            dialect.add(Access.PUBLIC, RouteClass.OTHER, HandlerType.GET, "/chat/hello/", ctx -> ctx.result("hi"));
            config.routes.get("/plain", ctx -> {
                throw HttpProblem.of(400, "plain");
            });
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aDialectRouteAnswersWithAndWithoutItsTrailingSlash() throws Exception {
        assertThat(get("/chat/hello/").body()).isEqualTo("hi");
        assertThat(get("/chat/hello").body()).isEqualTo("hi");
    }

    @Test
    void aFailureOnADialectRouteIsWrittenInThatDialectsShape() throws Exception {
        HttpResponse<String> response = get("/chat/things/7");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"Thing not found\"}");
    }

    @Test
    void aRouteWithoutAShapeAndAnUnknownPathKeepTheDetailShape() throws Exception {
        assertThat(get("/plain").body()).isEqualTo("{\"detail\":\"plain\"}");
        HttpResponse<String> unknown = get("/nowhere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
