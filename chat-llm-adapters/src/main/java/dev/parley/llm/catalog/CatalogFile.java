package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Composition-root value: the models an operator describes in a catalog file (JSON, named by
 * {@code PARLEY_MODELS_FILE}): each model's name, provider, upstream id and profile, and optionally
 * the default model. Reading it checks everything the file can check on its own; whether each
 * provider is configured and each fallback exists is checked when the catalog is assembled
 * ({@link ModelCatalogs#assemble(List, Optional, Optional)}). Every refusal is an
 * {@link IllegalArgumentException} whose message names the file, the model and the field.
 *
 * <p>The format:
 * <pre>{@code
 * {"default": "gpt-4o",
 *  "models": [{"name": "gpt-4o", "provider": "openai", "upstream_id": "gpt-4o-2024-08-06",
 *              "context_window": 128000, "max_tokens": 1024, "temperature": 0.7,
 *              "aliases": ["smart"], "fallbacks": ["llama3"], "capabilities": ["vision"]}]}
 * }</pre>
 * Only {@code name} and {@code provider} are required; {@code upstream_id} defaults to the name.
 *
 * @param source where the models were read from, for error messages
 * @param models the described models, in the file's order
 * @param defaultModel the file's {@code default}, if it names one
 */
public record CatalogFile(String source, List<ModelDescriptor> models, Optional<String> defaultModel) {

    /** Files this large are not catalogs; refusing them keeps a wrong path from filling the heap. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    public CatalogFile {
        Objects.requireNonNull(source, "source");
        models = List.copyOf(models);
        Objects.requireNonNull(defaultModel, "defaultModel");
    }

    /**
     * Reads and checks the file at {@code path} (UTF-8 JSON).
     *
     * @throws IllegalArgumentException when the file cannot be read or breaks a rule, naming the file,
     *     the model and the field
     */
    public static CatalogFile read(Path path) {
        Objects.requireNonNull(path, "path");
        String source = path.toString();
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new IllegalArgumentException("Model catalog file " + source + " is larger than "
                        + MAX_BYTES / 1024 / 1024 + " MiB");
            }
            // A strict decoder: bytes that are not UTF-8 are refused, not silently replaced.
            String json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return parse(json, source);
        } catch (IOException e) {
            throw new IllegalArgumentException("Model catalog file " + source + " cannot be read: " + e, e);
        }
    }

    /** Checks {@code json} as a catalog file; {@code source} names it in error messages. */
    public static CatalogFile parse(String json, String source) {
        return new CatalogFileReader(Objects.requireNonNull(source, "source")).read(Objects.requireNonNull(json, "json"));
    }

    /** A refusal naming this file, {@code where} in it (a model, or "the file"), and the problem. */
    IllegalArgumentException error(String where, String problem) {
        return new IllegalArgumentException("Model catalog file " + source + ": " + where + ": " + problem);
    }

    /** A description of no models, for when no file is configured. */
    public static CatalogFile empty() {
        return new CatalogFile("(no catalog file)", List.of(), Optional.empty());
    }
}
