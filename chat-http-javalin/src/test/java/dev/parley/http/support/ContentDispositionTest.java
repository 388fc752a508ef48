package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aPlainNameIsTheSameInBothParameters() {
        assertThat(ContentDisposition.attachment("report-2024_v1.pdf"))
                .isEqualTo("attachment; filename=\"report-2024_v1.pdf\"; filename*=UTF-8''report-2024_v1.pdf");
    }

    @Test
    void quotesBackslashesAndLineBreaksCannotEndTheHeaderOrAddAnother() {
        String header = ContentDisposition.attachment("a\"b\\c\r\nSet-Cookie: x=y\n.txt");

        assertThat(header).isEqualTo("attachment; filename=\"a_b_c__Set-Cookie: x=y_.txt\"; "
                + "filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3Dy%0A.txt");
        assertThat(header).doesNotContain("\r", "\n");
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
    }

    @Test
    void aNameOutsideAsciiKeepsItsExactSpellingInFilenameStar() {
        assertThat(ContentDisposition.attachment("résumé 報告 😀.pdf"))
                .isEqualTo("attachment; filename=\"r_sum_ __ _.pdf\"; "
                        + "filename*=UTF-8''r%C3%A9sum%C3%A9%20%E5%A0%B1%E5%91%8A%20%F0%9F%98%80.pdf");
    }
}
