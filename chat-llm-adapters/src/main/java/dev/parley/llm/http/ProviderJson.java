package dev.parley.llm.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Provider plumbing: the JSON mapping every provider's wire format uses: field names in snake_case,
 * nulls left out, unknown fields ignored, and a document followed by anything but whitespace refused.
 */
public final class ProviderJson {

    private ProviderJson() {
    }

    /** A new mapper, for one provider's wire format to own. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Without it, "{...} garbage" reads as the first document and the rest is silently dropped.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
