package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chat request's OpenAI sampling options, images and web search: what reaches the model, and each
 * wrong value answered 422 in FastAPI's shape before anything is stored, streamed or not.
 */
class ChatOptionsTest {

    private RunningApi api;
    private ScriptedChatModel model;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        model = api.core().model();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void topPStopAndSeedReachTheModel() {
        ApiResponse response = api.post("/v1/chat/stream", withFields("""
                "top_p": 0.9, "stop": ["END", "\\n\\n"], "seed": 42"""), token);

        assertThat(response.status()).isEqualTo(200);
        GenerationOptions options = model.lastRequest().options();
        assertThat(options.topP()).isEqualTo(0.9);
        assertThat(options.stop()).containsExactly("END", "\n\n");
        assertThat(options.seed()).isEqualTo(42L);
    }

    @Test
    void aSingleStopStringIsOneStopSequenceAndAWholeReplyTakesTheOptionsToo() {
        ApiResponse response = api.post("/v1/chat/stream", withFields("""
                "stop": "END", "stream": false, "seed": -7"""), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(model.lastRequest().options().stop()).containsExactly("END");
        assertThat(model.lastRequest().options().seed()).isEqualTo(-7L);
    }

    @Test
    void leftOutOptionsAreLeftToTheProvider() {
        api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), token);

        GenerationOptions options = model.lastRequest().options();
        assertThat(options.topP()).isNull();
        assertThat(options.stop()).isEmpty();
        assertThat(options.seed()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "top_p": "high"                     | ["body","top_p"]         | float_type
            "seed": 1.5                         | ["body","seed"]          | int_type
            "seed": "42"                        | ["body","seed"]          | int_type
            "seed": 1e30                        | ["body","seed"]          | int_parsing_size
            "web_search": "yes"                 | ["body","web_search"]    | bool_type
            "images": "https://example.org/a"   | ["body","images"]        | list_type
            "images": [7]                       | ["body","images",0]      | string_type
            "images": ["ftp://example.org/a"]   | ["body","images",0]      | value_error
            "images": ["data:text/plain;base64,aGk="] | ["body","images",0] | value_error
            "images": ["https://example.org/1","data:image/png;base64,%%"] | ["body","images",1] | value_error
            "top_p": 1.5                        | ["body","top_p"]         | value_error
            "stop": ["a","b","c","d","e"]       | ["body","stop"]          | value_error
            "stop": ""                          | ["body","stop"]          | value_error
            """)
    void aWrongValueAnswers422AtItsFieldAndStoresNothing(String field, String loc, String type) {
        for (boolean stream : List.of(true, false)) {
            ApiResponse response = api.post("/v1/chat/stream", withFields(field + ", \"stream\": " + stream), token);

            assertThat(response.status()).as(field).isEqualTo(422);
            JsonNode detail = response.json().path("detail");
            assertThat(detail).as(field).hasSize(1);
            assertThat(detail.get(0).path("loc").toString()).as(field).isEqualTo(loc);
            assertThat(detail.get(0).path("type").asText()).as(field).isEqualTo(type);
        }
        assertNothingStored();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "{\"a\": 1}", "true"})
    void aStopThatIsNeitherStringNorListAnswers422ForBothShapesAsFastApiDoes(String stop) {
        ApiResponse response = api.post("/v1/chat/stream", withFields("\"stop\": " + stop), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","stop","str"],"msg":"Input should be a valid string","type":"string_type"},\
                {"loc":["body","stop","list[str]"],"msg":"Input should be a valid list","type":"list_type"}]""");
        assertNothingStored();
    }

    @Test
    void aStopListHoldingANonStringAnswers422AtThatItem() {
        ApiResponse response = api.post("/v1/chat/stream", withFields("\"stop\": [\"END\", 3]"), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","stop","str"],"msg":"Input should be a valid string","type":"string_type"},\
                {"loc":["body","stop","list[str]",1],"msg":"Input should be a valid string","type":"string_type"}]""");
    }

    @Test
    void moreImagesThanAMessageMayShowAnswers422TooLong() {
        String nine = String.join(",", java.util.Collections.nCopies(9, "\"https://example.org/cat.png\""));

        ApiResponse response = api.post("/v1/chat/stream", withFields("\"images\": [" + nine + "]"), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","images"],"msg":"List should have at most 8 items after validation, not 9",\
                "type":"too_long"}]""");
        assertNothingStored();
    }

    @Test
    void everyWrongFieldIsReportedInOneAnswer() {
        ApiResponse response = api.post("/v1/chat/stream", withFields("""
                "top_p": "x", "seed": "y", "web_search": 1, "images": [null]"""), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail")).extracting(error -> error.path("loc").toString())
                .containsExactlyInAnyOrder("[\"body\",\"top_p\"]", "[\"body\",\"seed\"]", "[\"body\",\"web_search\"]",
                        "[\"body\",\"images\",0]");
    }

    @Test
    void nullOptionsCountAsLeftOut() {
        ApiResponse response = api.post("/v1/chat/stream", withFields("""
                "top_p": null, "stop": null, "seed": null, "images": null, "web_search": null"""), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.core().webSearch().queries()).isEmpty();
    }

    private void assertNothingStored() {
        assertThat(api.get("/v1/chat/history", token).json().path("total").asInt()).isZero();
        assertThat(model.requests()).isEmpty();
    }

    private static String withFields(String fields) {
        return """
                {"messages": [{"role": "user", "content": "Hi"}], %s}""".formatted(fields);
    }
}
