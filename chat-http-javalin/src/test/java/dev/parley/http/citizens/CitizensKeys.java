package dev.parley.http.citizens;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;

/** Test support: Token keys, obtained as a client of seed 000 obtains them, through {@code POST /chat/login/}. */
final class CitizensKeys {

    private CitizensKeys() {
    }

    /** A key for {@code username}, registered with {@link TestCore#PASSWORD}. */
    static String logIn(RunningApi api, String username) {
        ApiResponse response = api.post("/chat/login/", """
                {"username": "%s", "password": "%s"}""".formatted(username, TestCore.PASSWORD), null);
        if (response.status() != 200) {
            throw new AssertionError("login failed: " + response.status() + " " + response.body());
        }
        return response.json().path("token").asText();
    }
}
