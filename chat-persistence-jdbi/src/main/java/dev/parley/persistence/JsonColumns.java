package dev.parley.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.model.ImageInput;
import java.util.List;
import java.util.Map;

/**
 * How a message's images and request metadata, and a prompt's metadata, meet their JSON text
 * columns. User text needs no {@link TextColumns} escape here: JSON writes a NUL as the six
 * characters {@code \u0000}, which PostgreSQL's text type holds (its jsonb would not, so the columns
 * are plain text).
 */
final class JsonColumns {

    private static final TypeReference<List<String>> URLS = new TypeReference<>() {
    };
    private static final TypeReference<RequestMetadataJson> REQUEST = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    // An inline image is one JSON string; reading back what was accepted must never fail.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(ImageInput.MAX_URL_LENGTH).build())
                    .build())
            // A field written by a newer release must not make its messages unreadable after a rollback.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();

    private JsonColumns() {
    }

    /** The images as a JSON array of their URLs, or null when there are none. */
    static String images(List<ImageInput> images) {
        return images.isEmpty() ? null : write(images.stream().map(ImageInput::url).toList());
    }

    static List<ImageInput> readImages(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return read(stored, URLS).stream().map(ImageInput::new).toList();
    }

    /** The request metadata as JSON, or null when there is none. */
    static String request(RequestMetadata request) {
        return request == null ? null : write(RequestMetadataJson.of(request));
    }

    static RequestMetadata readRequest(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        return read(stored, REQUEST).toDomain();
    }

    /**
     * Free-form metadata as a JSON object. Null values are kept: only properties of Parley's own
     * records are left out when null, never the entries of a map.
     */
    static String metadata(Map<String, Object> metadata) {
        return write(metadata);
    }

    /** The metadata as JSON reads it: whole numbers as Integer or Long (BigInteger beyond), others as Double. */
    static Map<String, Object> readMetadata(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Map.of();
        }
        return read(stored, OBJECT);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String stored, TypeReference<T> type) {
        try {
            return JSON.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored JSON column is unreadable as " + type.getType(), e);
        }
    }
}
