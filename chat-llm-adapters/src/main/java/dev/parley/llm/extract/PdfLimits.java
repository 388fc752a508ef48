package dev.parley.llm.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * PDF-reading limits: what one {@link PdfTextExtractor#extractPdf} may cost at most. Every limit
 * refuses the document when crossed; none of them silently cuts the text short.
 *
 * @param maxPages the most pages a document may have; one more and it is refused
 * @param maxCharacters the most characters of text a document may yield
 * @param timeout how long reading one document may take, from the first byte to the last page
 * @param maxMemoryBytes the most bytes any one stream of the document may expand to when
 *     decompressed, and the most PDFBox's scratch buffers (decrypted streams) may hold
 */
public record PdfLimits(int maxPages, int maxCharacters, Duration timeout, long maxMemoryBytes) {

    public PdfLimits {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive");
        }
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxMemoryBytes < 1024 * 1024) {
            throw new IllegalArgumentException("maxMemoryBytes must be at least 1 MiB");
        }
    }

    /** 2,000 pages, 2,000,000 characters (what the file library keeps), 20 seconds, 64 MiB. */
    public static PdfLimits defaults() {
        return new PdfLimits(2_000, 2_000_000, Duration.ofSeconds(20), 64L * 1024 * 1024);
    }

    /** The memory limit in whole mebibytes, for messages. */
    long maxMemoryMebibytes() {
        return maxMemoryBytes / (1024 * 1024);
    }
}
