package dev.parley.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Test support: one loopback server speaking two providers' real wire formats on their own paths:
 * Ollama's native API ({@code /api/tags}, NDJSON {@code /api/chat}) and Anthropic's Messages API
 * ({@code /v1/models}, SSE {@code /v1/messages}). Each answers "{provider} heard: {last user message}".
 */
final class FakeLocalAndAnthropicProviders implements AutoCloseable {

    static final String OLLAMA_MODEL = "llama3.2:latest";
    static final String CLAUDE_MODEL = "claude-sonnet-4-5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> anthropicRequests = new CopyOnWriteArrayList<>();

    FakeLocalAndAnthropicProviders() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both OLLAMA_HOST and ANTHROPIC_BASE_URL: scheme, host and port, no path. */
    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    List<RecordedRequest> anthropicRequests() {
        return List.copyOf(anthropicRequests);
    }

    static JsonNode bodyOf(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        return switch (path) {
            case "/api/tags" -> json("{\"models\":[{\"name\":\"" + OLLAMA_MODEL + "\",\"model\":\"" + OLLAMA_MODEL
                    + "\",\"modified_at\":\"2025-01-01T00:00:00Z\",\"size\":2019393189}]}");
            case "/api/chat" -> ollamaChat(bodyOf(request));
            case "/v1/models" -> json("{\"data\":[{\"type\":\"model\",\"id\":\"" + CLAUDE_MODEL
                    + "\",\"display_name\":\"Claude Sonnet 4.5\",\"created_at\":\"2025-09-29T00:00:00Z\"}],"
                    + "\"has_more\":false,\"first_id\":\"" + CLAUDE_MODEL + "\",\"last_id\":\"" + CLAUDE_MODEL + "\"}");
            case "/v1/messages" -> {
                anthropicRequests.add(request);
                yield anthropicMessages(bodyOf(request));
            }
            default -> new MockResponse.Builder().code(404).body("{\"error\":\"not found\"}").build();
        };
    }

    private static List<String> pieces(String provider, JsonNode messages) {
        String last = messages.get(messages.size() - 1).path("content").asText();
        List<String> pieces = new ArrayList<>(List.of(provider, " heard:"));
        for (String word : last.split(" ")) {
            pieces.add(" " + word);
        }
        return pieces;
    }

    private static MockResponse ollamaChat(JsonNode body) {
        StringBuilder ndjson = new StringBuilder();
        List<String> pieces = pieces("ollama", body.path("messages"));
        for (String piece : pieces) {
            ObjectNode line = JSON.createObjectNode().put("model", OLLAMA_MODEL).put("created_at", "2025-01-01T00:00:00Z");
            line.putObject("message").put("role", "assistant").put("content", piece);
            ndjson.append(line.put("done", false)).append('\n');
        }
        ObjectNode done = JSON.createObjectNode().put("model", OLLAMA_MODEL).put("created_at", "2025-01-01T00:00:01Z");
        done.putObject("message").put("role", "assistant").put("content", "");
        done.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 12).put("eval_count", pieces.size());
        ndjson.append(done).append('\n');
        return new MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson")
                .chunkedBody(ndjson.toString(), 64).build();
    }

    private static MockResponse anthropicMessages(JsonNode body) {
        StringBuilder sse = new StringBuilder();
        sse.append(event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_e2e\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"content\":[],\"model\":\"" + CLAUDE_MODEL + "\",\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}"));
        sse.append(event("content_block_start",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        sse.append(event("ping", "{\"type\": \"ping\"}"));
        List<String> pieces = pieces("anthropic", body.path("messages"));
        for (String piece : pieces) {
            ObjectNode delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            delta.putObject("delta").put("type", "text_delta").put("text", piece);
            sse.append(event("content_block_delta", delta.toString()));
        }
        sse.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        sse.append(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + pieces.size() + "}}"));
        sse.append(event("message_stop", "{\"type\":\"message_stop\"}"));
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(sse.toString(), 64).build();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
