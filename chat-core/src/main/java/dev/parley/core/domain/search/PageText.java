package dev.parley.core.domain.search;

import java.util.Objects;

/** Value: the readable text of one web page or document a user pointed at, with its address and title ("" when it has none). */
public record PageText(String url, String title, String text) {

    public PageText {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
