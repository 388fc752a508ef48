package dev.parley.llm.extract;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.file.ExtractedText;
import dev.parley.core.port.out.TextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Outgoing adapter: reads a PDF's text with PDFBox 3 under {@link PdfLimits}. Each document is read
 * on its own daemon platform thread that the caller waits on for at most the timeout; a document
 * still being read then is refused and its thread interrupted. Thread-safe.
 *
 * <p>Platform rather than virtual threads because reading is CPU-bound and PDFBox never yields: a
 * hostile document on a virtual thread would hold a carrier thread that the server's own virtual
 * threads need. Residual risk: PDFBox does not look at interruption, so an abandoned thread only
 * stops at the next check this package makes (between stream decodes, content-stream operators and
 * written characters); a single step inside PDFBox (parsing, a font program) runs to its end.
 */
public final class PdfTextExtractor implements TextExtractor {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept junk before the header; PDFBox looks this far. */
    private static final int HEADER_WINDOW = 1024;

    private final PdfLimits limits;
    private final Semaphore readers;
    private final Duration queueWait;

    /** An extractor reading at most as many PDFs at once as there are processors. */
    public PdfTextExtractor(PdfLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors(), limits.timeout());
    }

    /**
     * An extractor reading at most {@code concurrentReaders} PDFs at once; a PDF that waits longer
     * than {@code queueWait} for a reader is turned away as the server being busy.
     */
    public PdfTextExtractor(PdfLimits limits, int concurrentReaders, Duration queueWait) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (concurrentReaders < 1) {
            throw new IllegalArgumentException("at least one PDF must be readable at a time");
        }
        this.readers = new Semaphore(concurrentReaders, true);
        this.queueWait = Objects.requireNonNull(queueWait, "queueWait");
    }

    /** How many more PDFs could be read right now. */
    int idleReaders() {
        return readers.availablePermits();
    }

    @Override
    public ExtractedText extractPdf(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new InvalidInputException("file", "the PDF is empty");
        }
        if (Bytes.indexOf(pdf, HEADER, 0, HEADER_WINDOW) < 0) {
            throw new InvalidInputException("file", "the file is not a PDF");
        }
        acquireReader();
        FutureTask<ExtractedText> reading = new FutureTask<>(() -> {
            try {
                return new PdfReading(limits).read(pdf);
            } finally {
                // Held until the reading really ends, even after the caller gave up on it, so abandoned
                // hostile documents cannot pile up and take every core.
                readers.release();
            }
        });
        Thread reader = Thread.ofPlatform().daemon().name("pdf-text-extraction").start(reading);
        try {
            return reading.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            reader.interrupt();
            throw new InvalidInputException("file", "the PDF took longer than " + spoken(limits.timeout()) + " to read");
        } catch (InterruptedException callerGone) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new CancelledException(callerGone);
        } catch (ExecutionException failed) {
            throw PdfFailures.translate(failed.getCause());
        }
    }

    private void acquireReader() {
        try {
            if (!readers.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ProviderException(ProviderException.Kind.UNAVAILABLE, "pdf", 503,
                        "The server is busy reading other PDFs; try again in a moment.");
            }
        } catch (InterruptedException callerGone) {
            Thread.currentThread().interrupt();
            throw new CancelledException(callerGone);
        }
    }

    private static String spoken(Duration duration) {
        return duration.toSeconds() > 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
