package dev.parley.llm.extract;

import static dev.parley.llm.extract.PdfAssertions.assertRead;
import static dev.parley.llm.extract.PdfAssertions.assertRefused;
import static dev.parley.llm.extract.PdfAssertions.assertRefusedAllocatingLessThan;
import static dev.parley.llm.extract.PdfAssertions.liveReaderThreads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.file.ExtractedText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hostile corpus: each document is generated here, and each must end in a refusal or a bounded result. */
class HostilePdfTest {

    private static final long TWO_HUNDRED_MEBIBYTES = 200L * 1024 * 1024;
    private static final long HALF_THE_BOMB = TWO_HUNDRED_MEBIBYTES / 2;
    private static final long MEBIBYTE = 1024 * 1024;

    private final PdfTextExtractor extractor = new PdfTextExtractor(PdfLimits.defaults());

    @Test
    void aCompressionBombIsRefusedBeforeItIsInflated() {
        assertRefusedAllocatingLessThan(HALF_THE_BOMB, extractor, HostileCorpus.compressionBomb(TWO_HUNDRED_MEBIBYTES),
                "part of the PDF expands to more than 64 MiB when decompressed");
    }

    @Test
    void aCompressionBombInsideAnEncryptedDocumentIsRefusedToo() {
        assertRefusedAllocatingLessThan(HALF_THE_BOMB, extractor,
                HostileCorpus.encryptedCompressionBomb(TWO_HUNDRED_MEBIBYTES),
                "part of the PDF expands to more than 64 MiB when decompressed");
    }

    @Test
    void aCrossReferenceStreamBombIsRefusedBeforePdfboxOpensTheFile() {
        assertRefusedAllocatingLessThan(HALF_THE_BOMB, extractor,
                HostileCorpus.crossReferenceStreamBomb(TWO_HUNDRED_MEBIBYTES),
                "part of the PDF expands to more than 64 MiB when decompressed");
    }

    @Test
    void anObjectStreamBombPdfboxWouldOpenForTheCatalogIsRefusedBeforeItDoes() {
        assertRefusedAllocatingLessThan(HALF_THE_BOMB, extractor, HostileCorpus.objectStreamBomb(TWO_HUNDRED_MEBIBYTES),
                "part of the PDF expands to more than 64 MiB when decompressed");
    }

    @Test
    void theObjectStreamHoldingTheCatalogIsReadWhenItIsSmall() {
        assertThat(assertRead(extractor, HostileCorpus.objectStreamBomb(1000)).pageCount()).isEqualTo(1);
    }

    @Test
    void aStreamExpandingToExactlyTheMemoryLimitIsReadAndOneByteMoreIsNot() {
        PdfTextExtractor oneMebibyte = new PdfTextExtractor(
                new PdfLimits(10, 1000, Duration.ofSeconds(20), MEBIBYTE));
        String refusal = "part of the PDF expands to more than 1 MiB when decompressed";

        assertThat(assertRead(oneMebibyte, HostileCorpus.compressionBomb(MEBIBYTE)).pageCount()).isEqualTo(1);
        assertRefused(oneMebibyte, HostileCorpus.compressionBomb(MEBIBYTE + 1), refusal);
        assertThat(assertRead(oneMebibyte, HostileCorpus.encryptedCompressionBomb(MEBIBYTE)).pageCount()).isEqualTo(1);
        assertRefused(oneMebibyte, HostileCorpus.encryptedCompressionBomb(MEBIBYTE + 1), refusal);
    }

    @Test
    void arraysNestedOneHundredThousandDeepAreCutOffByPdfboxAndTheRestIsRead() {
        ExtractedText text = assertRead(extractor, HostileCorpus.deeplyNestedArrays(100_000));

        assertThat(text.pageCount()).isEqualTo(1);
    }

    @Test
    void aPageTreeNestedOneHundredThousandDeepIsRefusedAsNestedTooDeeply() {
        assertRefused(extractor, HostileCorpus.deepPageTree(100_000), "the PDF is nested too deeply to read");
    }

    @Test
    void aPageTreeThatListsItselfAsItsOwnChildIsReadOnceThrough() {
        ExtractedText text = assertRead(extractor, HostileCorpus.pageTreeLoop());

        assertThat(text.pageCount()).isBetween(1, 3);
        assertThat(text.text()).contains("looped");
    }

    @Test
    void oneHundredThousandPagesAreRefusedByThePageLimit() {
        assertRefused(extractor, HostileCorpus.manyPages(100_000, 100_000),
                "the PDF has 100000 pages; at most 2000 can be read");
    }

    @Test
    void oneHundredThousandPagesBehindAPageCountOfOneAreRefusedWhenCounted() {
        assertRefused(extractor, HostileCorpus.manyPages(100_000, 1), "the PDF has 2001 pages; at most 2000 can be read");
    }

    @Test
    void formsThatEachDrawTheNextTwiceAreStoppedAtTheTimeoutAndTheirThreadEnds() {
        PdfTextExtractor twoSeconds = new PdfTextExtractor(
                new PdfLimits(10, 1000, Duration.ofSeconds(2), 64 * MEBIBYTE));

        assertRefused(twoSeconds, HostileCorpus.formFanOut(40), "the PDF took longer than 2 s to read");

        // 2^40 form drawings would outlive the test run: the thread ends only because it was told to.
        List<Thread> abandoned = liveReaderThreads();
        await().atMost(Duration.ofSeconds(5)).until(() -> abandoned.stream().noneMatch(Thread::isAlive));
    }
}
