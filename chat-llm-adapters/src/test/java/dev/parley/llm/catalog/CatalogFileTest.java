package dev.parley.llm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogFileTest {

    private static final String SOURCE = "/etc/parley/models.json";

    @Test
    void aFullEntryBecomesADescriptorWithItsProfile() {
        CatalogFile file = CatalogFile.parse("""
                {"models": [{"name": "gpt-4o", "provider": "openai", "upstream_id": "gpt-4o-2024-08-06",
                             "context_window": 128000, "max_tokens": 1024, "temperature": 0.7,
                             "aliases": ["smart", "best"], "fallbacks": ["llama3"], "capabilities": ["vision"]},
                            {"name": "llama3", "provider": "ollama"}],
                 "default": "gpt-4o"}
                """, SOURCE);

        assertThat(file.source()).isEqualTo(SOURCE);
        assertThat(file.defaultModel()).contains("gpt-4o");
        assertThat(file.models()).containsExactly(
                new ModelDescriptor("gpt-4o", "openai", "gpt-4o-2024-08-06", new ModelProfile(128000, 1024, 0.7,
                        List.of("smart", "best"), List.of("llama3"),
                        Set.of(ModelCapability.CHAT, ModelCapability.STREAMING, ModelCapability.VISION))),
                new ModelDescriptor("llama3", "ollama", "llama3", ModelProfile.UNKNOWN));
    }

    @Test
    void aBareEntryIsServedUnderItsOwnNameAndKnowsNothingMore() {
        CatalogFile file = CatalogFile.parse("{\"models\": [{\"name\": \"o3-mini\", \"provider\": \"openai\"}]}",
                SOURCE);

        assertThat(file.models()).containsExactly(new ModelDescriptor("o3-mini", "openai", "o3-mini"));
        assertThat(file.defaultModel()).isEmpty();
    }

    @Test
    void aWholeTemperatureIsANumberToo() {
        CatalogFile file = CatalogFile.parse(
                "{\"models\": [{\"name\": \"m\", \"provider\": \"p\", \"temperature\": 1}]}", SOURCE);

        assertThat(file.models().getFirst().profile().defaultTemperature()).isEqualTo(1.0);
    }

    @Test
    void anEmptyModelListIsAllowed() {
        assertThat(CatalogFile.parse("{\"models\": []}", SOURCE).models()).isEmpty();
    }

    @Test
    void theBuiltInModelMayBeDescribed() {
        CatalogFile file = CatalogFile.parse(
                "{\"models\": [{\"name\": \"echo\", \"provider\": \"builtin\", \"aliases\": [\"test\"]}]}", SOURCE);

        assertThat(file.models().getFirst().profile().aliases()).containsExactly("test");
    }

    @Test
    void aFileIsReadFromItsPath(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("models.json");
        Files.writeString(path, "{\"models\": [{\"name\": \"llama3\", \"provider\": \"ollama\"}]}");

        CatalogFile file = CatalogFile.read(path);

        assertThat(file.source()).isEqualTo(path.toString());
        assertThat(file.models()).extracting(ModelDescriptor::name).containsExactly("llama3");
    }

    @Test
    void aMissingFileIsRefusedByName(@TempDir Path dir) {
        Path path = dir.resolve("nope.json");

        assertThatThrownBy(() -> CatalogFile.read(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("latin1.json");
        Files.write(path, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

        assertThatThrownBy(() -> CatalogFile.read(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(path.toString());
    }

    @Test
    void brokenJsonIsRefusedWithWhereItBreaks() {
        assertThatThrownBy(() -> CatalogFile.parse("{\"models\": [\n  {\"name\": \"m\",}\n]}", SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> CatalogFile.parse("{\"models\": []} {\"models\": []}", SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SOURCE);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> CatalogFile.parse(
                "{\"models\": [{\"name\": \"m\", \"provider\": \"p\", \"provider\": \"q\"}]}", SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining("provider");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an object             | []                                              | the file | models
            models missing            | {}                                              | the file | "models"
            models not an array       | {"models": {}}                                  | the file | "models"
            unknown top-level key     | {"models": [], "defaults": "m"}                 | the file | "defaults"
            default not a string      | {"models": [], "default": 3}                    | the file | "default"
            model not an object       | {"models": ["m"]}                               | models[0] | object
            name missing              | {"models": [{"provider": "p"}]}                 | models[0] | "name"
            name not a string         | {"models": [{"name": 4, "provider": "p"}]}      | models[0] | "name"
            name blank                | {"models": [{"name": " ", "provider": "p"}]}    | models[0] | "name"
            name with spaces around   | {"models": [{"name": "m ", "provider": "p"}]}   | models[0] | "name"
            provider missing          | {"models": [{"name": "m"}]}                     | model "m" | "provider"
            unknown model key         | {"models": [{"name": "m", "provider": "p", "max_token": 5}]} | model "m" | "max_token"
            upstream id not a string  | {"models": [{"name": "m", "provider": "p", "upstream_id": null}]} | model "m" | "upstream_id"
            window as a string        | {"models": [{"name": "m", "provider": "p", "context_window": "128000"}]} | model "m" | "context_window"
            window with a fraction    | {"models": [{"name": "m", "provider": "p", "context_window": 128000.5}]} | model "m" | "context_window"
            window beyond int         | {"models": [{"name": "m", "provider": "p", "context_window": 5000000000}]} | model "m" | "context_window"
            window too small          | {"models": [{"name": "m", "provider": "p", "context_window": 8}]} | model "m" | "context_window"
            max tokens zero           | {"models": [{"name": "m", "provider": "p", "max_tokens": 0}]} | model "m" | "max_tokens"
            max tokens as a string    | {"models": [{"name": "m", "provider": "p", "max_tokens": "1k"}]} | model "m" | "max_tokens"
            temperature too high      | {"models": [{"name": "m", "provider": "p", "temperature": 2.5}]} | model "m" | "temperature"
            temperature negative      | {"models": [{"name": "m", "provider": "p", "temperature": -0.1}]} | model "m" | "temperature"
            temperature as a string   | {"models": [{"name": "m", "provider": "p", "temperature": "hot"}]} | model "m" | "temperature"
            aliases not an array      | {"models": [{"name": "m", "provider": "p", "aliases": "x"}]} | model "m" | "aliases"
            alias not a string        | {"models": [{"name": "m", "provider": "p", "aliases": [1]}]} | model "m" | "aliases"
            fallbacks not an array    | {"models": [{"name": "m", "provider": "p", "fallbacks": "x"}]} | model "m" | "fallbacks"
            unknown capability        | {"models": [{"name": "m", "provider": "p", "capabilities": ["audio"]}]} | model "m" | "capabilities"
            capability in capitals    | {"models": [{"name": "m", "provider": "p", "capabilities": ["VISION"]}]} | model "m" | "capabilities"
            name given twice          | {"models": [{"name": "m", "provider": "p"}, {"name": "m", "provider": "q"}]} | model "m" | "name"
            alias is its own name     | {"models": [{"name": "m", "provider": "p", "aliases": ["m"]}]} | model "m" | "aliases"
            alias is another's name   | {"models": [{"name": "m", "provider": "p", "aliases": ["n"]}, {"name": "n", "provider": "p"}]} | model "m" | "aliases"
            alias given to two models | {"models": [{"name": "m", "provider": "p", "aliases": ["x"]}, {"name": "n", "provider": "p", "aliases": ["x"]}]} | model "n" | "aliases"
            alias is echo             | {"models": [{"name": "m", "provider": "p", "aliases": ["echo"]}]} | model "m" | "aliases"
            fallback is itself        | {"models": [{"name": "m", "provider": "p", "fallbacks": ["m"]}]} | model "m" | "fallbacks"
            fallback is its own alias | {"models": [{"name": "m", "provider": "p", "aliases": ["x"], "fallbacks": ["x"]}]} | model "m" | "fallbacks"
            fallback named twice      | {"models": [{"name": "m", "provider": "p", "fallbacks": ["n", "n"]}, {"name": "n", "provider": "p"}]} | model "m" | "fallbacks"
            echo from a provider      | {"models": [{"name": "echo", "provider": "openai"}]} | model "echo" | "name"
            builtin serving another   | {"models": [{"name": "m", "provider": "builtin"}]} | model "m" | "provider"
            """)
    void aBrokenRuleIsRefusedNamingTheFileTheModelAndTheField(String rule, String json, String where, String field) {
        assertThatThrownBy(() -> CatalogFile.parse(json, SOURCE))
                .as(rule)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Model catalog file " + SOURCE + ": " + where)
                .hasMessageContaining(field);
    }

    @Test
    void noFileDescribesNothing() {
        assertThat(CatalogFile.empty().models()).isEmpty();
        assertThat(CatalogFile.empty().defaultModel()).isEqualTo(Optional.empty());
    }
}
