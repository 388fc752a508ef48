package dev.parley.http.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.TimeZone;

/** HTTP support: the one JSON configuration every dialect shares. */
public final class Json {

    /** How deep request JSON may nest (objects and arrays): well above any request's shape. */
    public static final int MAX_NESTING_DEPTH = 32;

    private Json() {
    }

    /**
     * A mapper that writes snake_case keys and instants as ISO-8601 strings in UTC ending in Z,
     * ignores request properties it does not know, refuses anything after the top-level value, and
     * refuses nesting deeper than {@value #MAX_NESTING_DEPTH}.
     */
    public static ObjectMapper newMapper() {
        // No request Parley reads nests deeper than a few levels; a deeper one is an attack on the parser.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultTimeZone(TimeZone.getTimeZone("UTC"))
                .build();
    }
}
