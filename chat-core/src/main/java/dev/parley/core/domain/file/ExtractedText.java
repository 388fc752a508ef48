package dev.parley.core.domain.file;

import java.util.Objects;

/** Value: the text a document holds, and for a paged document its number of pages (else null). */
public record ExtractedText(String text, Integer pageCount) {

    public ExtractedText {
        Objects.requireNonNull(text, "text");
    }
}
