package dev.parley.core.testing;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.ExtractedText;
import dev.parley.core.port.out.TextExtractor;
import java.nio.charset.StandardCharsets;

/**
 * Fake {@link TextExtractor} for "PDFs" a test writes as text: {@code %PDF-fake\n} then pages
 * separated by form feeds. Anything else starting with {@code %PDF-} is refused as broken.
 */
public final class FakeTextExtractor implements TextExtractor {

    public static final String HEADER = "%PDF-fake\n";

    /** A fake PDF holding {@code pages}. */
    public static byte[] pdf(String... pages) {
        return (HEADER + String.join("\f", pages)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ExtractedText extractPdf(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.UTF_8);
        if (!text.startsWith(HEADER)) {
            throw new InvalidInputException("file", "the PDF is damaged and cannot be read");
        }
        String body = text.substring(HEADER.length());
        return new ExtractedText(body.replace('\f', '\n'), body.split("\f", -1).length);
    }
}
