package dev.parley.core.domain.file;

/** Value: what an uploaded file is, decided from its content: a PDF, plain text, Markdown, or an image. */
public enum FileKind {
    PDF,
    TEXT,
    MARKDOWN,
    IMAGE;

    /** Whether the file gives the model text (an image gives it pixels instead). */
    public boolean hasText() {
        return this != IMAGE;
    }
}
