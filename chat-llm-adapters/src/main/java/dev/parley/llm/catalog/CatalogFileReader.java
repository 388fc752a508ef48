package dev.parley.llm.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.llm.echo.EchoChatModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalog file strictly: unknown keys, duplicate keys, values of the wrong type, numbers out of
 * range, names given twice, and aliases or fallbacks that cannot work are refused, each with a message
 * naming the file, the model and the field.
 */
final class CatalogFileReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> TOP_KEYS = Set.of("models", "default");
    private static final Set<String> MODEL_KEYS = Set.of("name", "provider", "upstream_id", "context_window",
            "max_tokens", "temperature", "aliases", "fallbacks", "capabilities");

    private final String source;

    CatalogFileReader(String source) {
        this.source = source;
    }

    CatalogFile read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IllegalArgumentException("Model catalog file " + source + " is not valid JSON: "
                    + e.getOriginalMessage() + at, e);
        }
        if (root == null || !root.isObject()) {
            throw fail("the file", "must hold a JSON object with a \"models\" array");
        }
        onlyKnownKeys(root, TOP_KEYS, "the file");
        JsonNode models = root.get("models");
        if (models == null || !models.isArray()) {
            throw fail("the file", "\"models\" must be an array of model objects");
        }
        List<ModelDescriptor> descriptors = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            descriptors.add(model(models.get(i), "models[" + i + "]"));
        }
        checkNames(descriptors);
        Optional<String> defaultModel = root.has("default")
                ? Optional.of(name(root.get("default"), "the file", "default"))
                : Optional.empty();
        return new CatalogFile(source, descriptors, defaultModel);
    }

    private ModelDescriptor model(JsonNode node, String position) {
        if (!node.isObject()) {
            throw fail(position, "must be an object");
        }
        String name = name(required(node, "name", position), position, "name");
        String where = "model \"" + name + "\"";
        onlyKnownKeys(node, MODEL_KEYS, where);
        String provider = name(required(node, "provider", where), where, "provider");
        String upstreamId = node.has("upstream_id") ? name(node.get("upstream_id"), where, "upstream_id") : name;
        checkBuiltIn(name, provider, upstreamId, where);
        try {
            ModelProfile profile = new ModelProfile(
                    wholeNumber(node, "context_window", where),
                    wholeNumber(node, "max_tokens", where),
                    number(node, "temperature", where),
                    names(node, "aliases", where),
                    names(node, "fallbacks", where),
                    capabilities(node, where));
            return new ModelDescriptor(name, provider, upstreamId, profile);
        } catch (InvalidInputException e) {
            throw fail(where, "\"" + e.field() + "\": " + e.getMessage());
        }
    }

    private void checkBuiltIn(String name, String provider, String upstreamId, String where) {
        boolean builtInProvider = provider.equals(EchoChatModel.PROVIDER);
        boolean builtInName = name.equals(EchoChatModel.NAME);
        if (builtInName && !builtInProvider) {
            throw fail(where, "\"name\": \"" + EchoChatModel.NAME + "\" is the built-in model; its provider is \""
                    + EchoChatModel.PROVIDER + "\"");
        }
        if (builtInProvider && (!builtInName || !upstreamId.equals(EchoChatModel.NAME))) {
            throw fail(where, "\"provider\": \"" + EchoChatModel.PROVIDER + "\" serves only the model \""
                    + EchoChatModel.NAME + "\"");
        }
    }

    /** Names and aliases must pick exactly one model each; a fallback must not be the model itself. */
    private void checkNames(List<ModelDescriptor> models) {
        Map<String, String> owners = new HashMap<>();
        for (ModelDescriptor model : models) {
            String previous = owners.putIfAbsent(model.name(), model.name());
            if (previous != null) {
                throw fail("model \"" + model.name() + "\"", "\"name\": the name is given twice");
            }
        }
        for (ModelDescriptor model : models) {
            String where = "model \"" + model.name() + "\"";
            for (String alias : model.profile().aliases()) {
                if (alias.equals(EchoChatModel.NAME)) {
                    throw fail(where, "\"aliases\": \"" + alias + "\" is the built-in model's name");
                }
                String owner = owners.putIfAbsent(alias, model.name());
                if (owner != null) {
                    throw fail(where, "\"aliases\": \"" + alias + "\" is already "
                            + (owner.equals(alias) ? "a model's name" : "an alias of model \"" + owner + "\""));
                }
            }
        }
        for (ModelDescriptor model : models) {
            List<String> fallbacks = model.profile().fallbacks();
            for (String fallback : fallbacks) {
                if (model.name().equals(owners.get(fallback))) {
                    throw fail("model \"" + model.name() + "\"", "\"fallbacks\": \"" + fallback
                            + "\" is the model itself");
                }
            }
            if (fallbacks.stream().distinct().count() != fallbacks.size()) {
                throw fail("model \"" + model.name() + "\"", "\"fallbacks\": a model is named twice");
            }
        }
    }

    private JsonNode required(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw fail(where, "\"" + key + "\" is required");
        }
        return value;
    }

    private String name(JsonNode value, String where, String key) {
        if (!value.isTextual() || value.asText().isBlank() || !value.asText().equals(value.asText().strip())
                || value.asText().chars().anyMatch(Character::isISOControl)) {
            throw fail(where, "\"" + key + "\" must be a non-blank string without surrounding spaces, not " + value);
        }
        return value.asText();
    }

    private Integer wholeNumber(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw fail(where, "\"" + key + "\" must be a whole number, not " + value);
        }
        return value.intValue();
    }

    private Double number(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw fail(where, "\"" + key + "\" must be a number, not " + value);
        }
        return value.doubleValue();
    }

    private List<String> names(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(where, "\"" + key + "\" must be an array of names, not " + value);
        }
        List<String> names = new ArrayList<>();
        value.forEach(element -> names.add(name(element, where, key)));
        return names;
    }

    private Set<ModelCapability> capabilities(JsonNode node, String where) {
        // Every provider Parley speaks to streams, so a model the file describes does too.
        Set<ModelCapability> capabilities = EnumSet.of(ModelCapability.CHAT, ModelCapability.STREAMING);
        for (String word : names(node, "capabilities", where)) {
            capabilities.add(Arrays.stream(ModelCapability.values())
                    .filter(capability -> capability.name().toLowerCase(Locale.ROOT).equals(word))
                    .findFirst()
                    .orElseThrow(() -> fail(where, "\"capabilities\": \"" + word
                            + "\" is not one of chat, streaming, vision")));
        }
        return capabilities;
    }

    private void onlyKnownKeys(JsonNode node, Set<String> known, String where) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw fail(where, "unknown key \"" + key + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }

    private IllegalArgumentException fail(String where, String problem) {
        return new CatalogFile(source, List.of(), Optional.empty()).error(where, problem);
    }
}
