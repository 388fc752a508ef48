package dev.parley.llm.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<span class=\"highlight\">borrow</span> checker | borrow checker",
        "one<br>two<br/>three</p><p>four | one two three four",
        "Rust&#39;s &quot;sauce&quot; &amp; more &#x2014; &lt;b&gt; | Rust's \"sauce\" & more — <b>",
        "&amp;lt; stays one level deep | &lt; stays one level deep",
        "a < b and c > d | a < b and c > d",
        "keep &unknown; and &#0; and &#xD800; | keep &unknown; and and",
        "<!-- a comment --> text | text",
        "'  spaced \t\n out\u00a0words  ' | spaced out words"})
    void markupIsRemovedAndCharacterReferencesDecoded(String raw, String clean) {
        assertThat(SnippetText.clean(raw, 500)).isEqualTo(clean);
    }

    @Test
    void textIsCutAtAWordBoundaryWithinTheLimit() {
        assertThat(SnippetText.clean("the quick brown fox jumps", 16)).isEqualTo("the quick brown…");
        assertThat(SnippetText.clean("the quick brown fox", 19)).isEqualTo("the quick brown fox");
    }

    @Test
    void oneLongWordIsCutWhereTheLimitFalls() {
        assertThat(SnippetText.clean("a " + "x".repeat(30), 10)).isEqualTo("a xxxxxxx…").hasSize(10);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String cut = SnippetText.clean("😀".repeat(10), 6);

        assertThat(cut).isEqualTo("😀😀…");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(SnippetText.clean(null, 10)).isEmpty();
    }
}
