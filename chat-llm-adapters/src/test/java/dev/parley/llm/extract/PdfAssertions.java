package dev.parley.llm.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.ExtractedText;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/** Assertions shared by the PDF tests; the time bound guards against hangs, it is not a benchmark. */
final class PdfAssertions {

    static final Duration HANG_GUARD = Duration.ofSeconds(30);
    static final String READER_THREAD = "pdf-text-extraction";

    private PdfAssertions() {
    }

    static void assertRefused(PdfTextExtractor extractor, byte[] pdf, String reason) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> extractor.extractPdf(pdf))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("file");
                    assertThat(refusal.getMessage()).isEqualTo(reason);
                }));
    }

    /**
     * Refused as {@link #assertRefused}, having allocated less than {@code maxAllocatedBytes} on
     * the heap meanwhile, in all threads: what shows that a bomb was refused before it was inflated.
     */
    static void assertRefusedAllocatingLessThan(long maxAllocatedBytes, PdfTextExtractor extractor, byte[] pdf,
            String reason) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemoryEnabled()).isTrue();
        long before = threads.getTotalThreadAllocatedBytes();

        assertRefused(extractor, pdf, reason);

        assertThat(threads.getTotalThreadAllocatedBytes() - before).isLessThan(maxAllocatedBytes);
    }

    static ExtractedText assertRead(PdfTextExtractor extractor, byte[] pdf) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extractPdf(pdf));
    }

    static List<Thread> liveReaderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(READER_THREAD) && thread.isAlive())
                .toList();
    }
}
