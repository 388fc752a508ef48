package dev.parley.llm.extract;

import static dev.parley.llm.extract.PdfAssertions.HANG_GUARD;
import static dev.parley.llm.extract.PdfAssertions.liveReaderThreads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.ExtractedText;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentPdfExtractionTest {

    @Test
    void fourHostileDocumentsBeingReadDoNotStopAnOrdinaryOneFromBeingRead() {
        PdfTextExtractor extractor = new PdfTextExtractor(
                new PdfLimits(2_000, 2_000_000, Duration.ofSeconds(10), 64L * 1024 * 1024), 8, Duration.ofSeconds(10));
        List<byte[]> hostile = List.of(HostileCorpus.formFanOut(40), HostileCorpus.formFanOut(41),
                HostileCorpus.compressionBomb(200L * 1024 * 1024), HostileCorpus.manyPages(100_000, 1));
        byte[] ordinary = PdfCorpus.textPages("alpha one", "beta two", "gamma three");

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<ExtractedText>> attacks = hostile.stream()
                        .map(pdf -> callers.submit(() -> extractor.extractPdf(pdf)))
                        .toList();
                await().atMost(Duration.ofSeconds(5)).until(() -> liveReaderThreads().size() >= 2);

                ExtractedText text = extractor.extractPdf(ordinary);

                assertThat(text.pageCount()).isEqualTo(3);
                assertThat(text.text()).contains("alpha one", "beta two", "gamma three");
                // Read while the two form fan-outs were still holding their threads.
                assertThat(attacks.subList(0, 2)).noneMatch(Future::isDone);
                for (Future<ExtractedText> attack : attacks) {
                    assertThatThrownBy(attack::get).isInstanceOf(ExecutionException.class)
                            .cause().isInstanceOfSatisfying(InvalidInputException.class,
                                    refusal -> assertThat(refusal.field()).isEqualTo("file"));
                }
            }
        });
    }

    @Test
    void whenEveryReaderIsTakenAnotherPdfIsTurnedAwayAsBusyUntilOneIsFree() {
        PdfTextExtractor extractor = new PdfTextExtractor(
                new PdfLimits(2_000, 2_000_000, Duration.ofSeconds(3), 64L * 1024 * 1024), 1, Duration.ofMillis(100));
        byte[] ordinary = PdfCorpus.textPages("alpha one");

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<ExtractedText> attack = callers.submit(() -> extractor.extractPdf(HostileCorpus.formFanOut(40)));
                await().atMost(Duration.ofSeconds(5)).until(() -> extractor.idleReaders() == 0);

                assertThatThrownBy(() -> extractor.extractPdf(ordinary))
                        .isInstanceOfSatisfying(dev.parley.core.domain.error.ProviderException.class, busy -> {
                            assertThat(busy.kind()).isEqualTo(dev.parley.core.domain.error.ProviderException.Kind.UNAVAILABLE);
                            assertThat(busy.getMessage()).contains("busy");
                        });
                assertThatThrownBy(attack::get).isInstanceOf(ExecutionException.class);
                // The reader comes back only when the abandoned document has really stopped being read.
                await().atMost(Duration.ofSeconds(10)).until(() -> extractor.idleReaders() == 1);
                assertThat(extractor.extractPdf(ordinary).text()).contains("alpha one");
            }
        });
    }
}
