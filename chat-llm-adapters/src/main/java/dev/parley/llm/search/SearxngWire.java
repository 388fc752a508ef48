package dev.parley.llm.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.llm.http.ProviderJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Wire format of SearxNG's {@code GET /search?format=json}: only what Parley reads. The answer also
 * carries {@code query}, {@code number_of_results}, {@code answers}, {@code corrections},
 * {@code infoboxes} and {@code suggestions}, and each result its engines, score, category and more;
 * all ignored. Results are read as JSON trees so one odd result (a title that is an object, say) is
 * skipped rather than failing the whole answer.
 */
final class SearxngWire {

    static final ObjectMapper JSON = ProviderJson.mapper();

    private SearxngWire() {
    }

    /**
     * The answer: {@code results} best first; {@code unresponsive_engines} as SearxNG sends it, a list of
     * {@code [engine, reason]} pairs.
     */
    record Answer(List<JsonNode> results, JsonNode unresponsiveEngines) {

        /** "google (timeout), brave (too many requests)"; empty when every engine answered. */
        String unresponsive() {
            if (unresponsiveEngines == null || !unresponsiveEngines.isArray()) {
                return "";
            }
            List<String> engines = new ArrayList<>();
            for (JsonNode pair : unresponsiveEngines) {
                String engine = pair.path(0).asText("");
                String reason = pair.path(1).asText("");
                if (!engine.isBlank()) {
                    engines.add(reason.isBlank() ? engine : engine + " (" + reason + ")");
                }
            }
            return String.join(", ", engines);
        }
    }

    /** One result's {@code url}, {@code title} and {@code content} (the snippet), each null unless text. */
    record Result(String url, String title, String content) {

        static Result of(JsonNode node) {
            return new Result(text(node.get("url")), text(node.get("title")), text(node.get("content")));
        }

        private static String text(JsonNode value) {
            return value != null && value.isTextual() ? value.asText() : null;
        }
    }
}
