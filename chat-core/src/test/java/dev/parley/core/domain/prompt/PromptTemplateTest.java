package dev.parley.core.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromptTemplateTest {

    @Test
    void variablesAreSubstitutedInOnePassWithoutReExpansion() {
        String rendered = PromptTemplate.parse("Dear {name}, {greeting}! {name}")
                .render(Map.of("name", "{greeting}", "greeting", "hi"));

        assertThat(rendered).isEqualTo("Dear {greeting}, hi! {greeting}");
    }

    @Test
    void doubledBracesAreLiteralBraces() {
        assertThat(PromptTemplate.parse("JSON: {{\"a\": {value}}}").render(Map.of("value", "1")))
                .isEqualTo("JSON: {\"a\": 1}");
        assertThat(PromptTemplate.parse("{{not_a_variable}}").variables()).isEmpty();
    }

    @Test
    void everyMissingVariableIsNamedAndExtraValuesAreIgnored() {
        assertThatThrownBy(() -> PromptTemplate.parse("{b} {a} {b}").render(Map.of("c", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("variables");
                    assertThat(e.getMessage()).isEqualTo("missing variables: a, b");
                });
        assertThat(PromptTemplate.parse("{a}").render(Map.of("a", "1", "z", "2"))).isEqualTo("1");
        assertThat(PromptTemplate.parse("{b} {a} {b}").variables()).containsExactly("b", "a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "a { b", "{1abc}", "{a b}", "{a.b}", "{a[0]}", "{}", "x }", "{a!r}", "{{a}"})
    void strayBracesAndExpressionsAreRefused(String content) {
        assertThatThrownBy(() -> PromptTemplate.parse(content)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("content"));
    }
}
