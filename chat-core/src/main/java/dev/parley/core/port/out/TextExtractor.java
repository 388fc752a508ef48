package dev.parley.core.port.out;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.ExtractedText;

/**
 * Outgoing port: reads the text out of a document (a PDF). Untrusted input: implementations cap
 * pages, characters, time and memory, and a document that is broken, encrypted or hostile is an
 * {@link InvalidInputException} on {@code "file"} saying why — never a hang or an exhausted heap.
 * Thread-safe.
 */
public interface TextExtractor {

    ExtractedText extractPdf(byte[] pdf);
}
