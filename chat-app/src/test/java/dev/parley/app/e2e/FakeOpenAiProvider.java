package dev.parley.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * Test support: a loopback OpenAI-compatible provider speaking the real wire format (the chunk and
 * list shapes recorded from api.openai.com). Its answer is "Reply <n> from <model>: <last user
 * message>", streamed word by word, so tests can tell which model answered what.
 */
public final class FakeOpenAiProvider implements AutoCloseable {

    public static final List<String> MODELS = List.of("gpt-4o-mini", "gpt-4o");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<JsonNode> chatRequests = new CopyOnWriteArrayList<>();
    private final java.util.Queue<Integer> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public FakeOpenAiProvider() {
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

    public String baseUrl() {
        return server.url("/v1").toString();
    }

    /** The next chat request is answered with {@code status} and OpenAI's error body (after being recorded). */
    public void failNext(int status) {
        failures.add(status);
    }

    public List<JsonNode> chatRequests() {
        return List.copyOf(chatRequests);
    }

    public JsonNode lastChatRequest() {
        return chatRequests.getLast();
    }

    /** The words the provider streams for the {@code n}th chat request (counted from 1). */
    static List<String> replyPieces(int n, String model, String lastUserMessage) {
        List<String> pieces = new ArrayList<>();
        pieces.add("Reply");
        for (String word : (n + " from " + model + ": " + lastUserMessage).split(" ")) {
            pieces.add(" " + word);
        }
        return pieces;
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("GET") && path.equals("/v1/models")) {
            return json(models());
        }
        if (request.getMethod().equals("POST") && path.equals("/v1/chat/completions")) {
            JsonNode body = read(request);
            chatRequests.add(body);
            Integer failure = failures.poll();
            if (failure != null) {
                return new MockResponse.Builder().code(failure).setHeader("Content-Type", "application/json")
                        .body("{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}")
                        .build();
            }
            String model = body.path("model").asText();
            ArrayNode messages = (ArrayNode) body.path("messages");
            String last = messages.get(messages.size() - 1).path("content").asText();
            List<String> pieces = replyPieces(chatRequests.size(), model, last);
            return body.path("stream").asBoolean(false) ? stream(model, pieces) : json(completion(model, pieces));
        }
        return new MockResponse.Builder().code(404)
                .body("{\"error\":{\"message\":\"Unknown path\",\"type\":\"invalid_request_error\"}}").build();
    }

    private static JsonNode read(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode models() {
        ObjectNode list = JSON.createObjectNode().put("object", "list");
        ArrayNode data = list.putArray("data");
        MODELS.forEach(id -> data.addObject().put("id", id).put("object", "model").put("created", 1715367049)
                .put("owned_by", "system"));
        return list;
    }

    private static ObjectNode completion(String model, List<String> pieces) {
        ObjectNode completion = JSON.createObjectNode().put("id", "chatcmpl-e2e").put("object", "chat.completion")
                .put("created", 1736937062).put("model", model);
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", String.join("", pieces));
        choice.put("finish_reason", "stop");
        completion.set("usage", usage(pieces.size()));
        return completion;
    }

    private static MockResponse stream(String model, List<String> pieces) {
        StringBuilder sse = new StringBuilder();
        sse.append(chunk(model, JSON.createObjectNode().put("role", "assistant").put("content", ""), null));
        pieces.forEach(p -> sse.append(chunk(model, JSON.createObjectNode().put("content", p), null)));
        sse.append(chunk(model, JSON.createObjectNode(), "stop"));
        ObjectNode usageChunk = JSON.createObjectNode().put("id", "chatcmpl-e2e").put("object", "chat.completion.chunk")
                .put("created", 1736937062).put("model", model);
        usageChunk.putArray("choices");
        usageChunk.set("usage", usage(pieces.size()));
        sse.append("data: ").append(usageChunk).append("\n\n").append("data: [DONE]\n\n");
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(sse.toString(), 128).build();
    }

    private static String chunk(String model, ObjectNode delta, String finishReason) {
        ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-e2e").put("object", "chat.completion.chunk")
                .put("created", 1736937062).put("model", model);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        chunk.putNull("usage");
        return "data: " + chunk + "\n\n";
    }

    private static ObjectNode usage(int completionTokens) {
        return JSON.createObjectNode().put("prompt_tokens", 20).put("completion_tokens", completionTokens)
                .put("total_tokens", 20 + completionTokens);
    }

    private static MockResponse json(JsonNode body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body.toString()).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
