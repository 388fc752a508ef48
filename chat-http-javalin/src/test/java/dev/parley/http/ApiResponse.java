package dev.parley.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** Test value: a finished response, with its body readable as JSON. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        return RunningApi.parse(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The single message of a {@code {"detail": "..."}} error. */
    public String detail() {
        return json().path("detail").asText();
    }
}
