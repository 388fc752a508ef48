package dev.parley.http.threads;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import dev.parley.http.support.SessionCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;

/**
 * Test fixture: seed 003's front end as a browser runs it: JSON bodies, the session cookie once logged in,
 * and the page's {@code Origin} on every request (the server's own unless told otherwise).
 */
final class Browser {

    private final RunningApi api;
    private final String origin;
    private String session;

    Browser(RunningApi api, String origin) {
        this.api = api;
        this.origin = origin;
    }

    Browser(RunningApi api) {
        this(api, api.origin());
    }

    /** A browser already holding a session for {@code username} (registered with the test password). */
    static Browser loggedIn(RunningApi api, String username) {
        api.core().register(username);
        Browser browser = new Browser(api);
        browser.session = api.sessionFor(username, TestCore.PASSWORD);
        return browser;
    }

    String session() {
        return session;
    }

    Browser withSession(String secret) {
        this.session = secret;
        return this;
    }

    ApiResponse get(String path) {
        return send("GET", path, null);
    }

    ApiResponse post(String path, String json) {
        return send("POST", path, json);
    }

    ApiResponse put(String path, String json) {
        return send("PUT", path, json);
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends, and keeps the session cookie a response sets (or forgets it when the response clears it). */
    ApiResponse send(String method, String path, String json) {
        ApiResponse response = api.send(request(method, path, json));
        response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SessionCookie.NAME + "="))
                .forEach(cookie -> {
                    String value = cookie.substring(SessionCookie.NAME.length() + 1, cookie.indexOf(';'));
                    session = value.isEmpty() ? null : value;
                });
        return response;
    }

    HttpRequest.Builder request(String method, String path, String json) {
        HttpRequest.Builder builder = api.request(path, null)
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (session != null) {
            builder.header("Cookie", SessionCookie.NAME + "=" + session);
        }
        return builder;
    }

    static String error(ApiResponse response) {
        return response.json().path("error").asText();
    }
}
