package dev.parley.llm.extract;

import static dev.parley.llm.extract.PdfAssertions.assertRead;
import static dev.parley.llm.extract.PdfAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.file.ExtractedText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTextExtractorTest {

    private final PdfTextExtractor extractor = new PdfTextExtractor(PdfLimits.defaults());

    @Test
    void aThreePageDocumentYieldsEachPagesWordsAndAPageCountOfThree() {
        ExtractedText text = assertRead(extractor, PdfCorpus.textPages("alpha one", "beta two", "gamma three"));

        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.text()).contains("alpha one", "beta two", "gamma three").doesNotContain("\r");
    }

    @Test
    void anOwnerPasswordOnlyDocumentIsReadEvenThoughItsPermissionsForbidCopying() {
        byte[] pdf = PdfCorpus.encrypted(PdfCorpus.textPages("quarterly figures"), "owner secret", "");

        assertThat(assertRead(extractor, pdf).text()).contains("quarterly figures");
    }

    @Test
    void aDocumentNeedingAPasswordToOpenIsRefusedAsPasswordProtected() {
        byte[] pdf = PdfCorpus.encrypted(PdfCorpus.textPages("quarterly figures"), "owner secret", "user secret");

        assertRefused(extractor, pdf, "the PDF is password-protected");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertRefused(extractor, new byte[0], "the PDF is empty");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomBytesAreRefusedAsNotAPdf(long seed) {
        byte[] noise = new byte[10_000];
        new Random(seed).nextBytes(noise);

        assertRefused(extractor, noise, "the file is not a PDF");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomBytesAfterAPdfHeaderAreRefusedAsDamaged(long seed) {
        byte[] noise = new byte[10_000];
        new Random(seed).nextBytes(noise);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, noise, 0, header.length);

        assertRefused(extractor, noise, "the PDF is damaged and cannot be read");
    }

    @Test
    void aTruncatedDocumentIsRefused() {
        assertRefused(extractor, PdfCorpus.firstHalf(PdfCorpus.textPages("alpha one", "beta two", "gamma three")),
                "the PDF is damaged and cannot be read");
        // PDFBox repairs what it can of this one and finds its catalog, but no page survives.
        assertRefused(extractor, PdfCorpus.firstHalf(PdfCorpus.handWritten("cut short")),
                "the PDF has no pages that can be read");
    }

    @Test
    void aDocumentWhoseCrossReferencesPointNowhereIsRepairedAndRead() {
        byte[] pdf = PdfCorpus.withBrokenCrossReferences(PdfCorpus.handWritten("found anyway"));

        ExtractedText text = assertRead(extractor, pdf);

        assertThat(text.text()).contains("found anyway");
        assertThat(text.pageCount()).isEqualTo(1);
    }

    @Test
    void textBeyondTheCharacterLimitIsRefusedRatherThanCut() {
        byte[] pdf = PdfCorpus.textPages("alpha one", "beta two", "gamma three");
        int length = assertRead(extractor, pdf).text().length();

        assertThat(assertRead(withLimits(3, length, Duration.ofSeconds(20)), pdf).text()).hasSize(length);
        assertRefused(withLimits(3, length - 1, Duration.ofSeconds(20)), pdf,
                "the PDF holds more than " + (length - 1) + " characters of text");
    }

    @Test
    void pagesBeyondThePageLimitAreRefusedWithTheirCount() {
        byte[] pdf = HostileCorpus.manyPages(5, 5);

        assertThat(assertRead(withLimits(5, 1000, Duration.ofSeconds(20)), pdf).pageCount()).isEqualTo(5);
        assertRefused(withLimits(4, 1000, Duration.ofSeconds(20)), pdf, "the PDF has 5 pages; at most 4 can be read");
    }

    @Test
    void nulCharactersAreLeftOutOfTheText() {
        ExtractedText text = assertRead(extractor, PdfCorpus.textWithNul());

        assertThat(text.text()).startsWith("NUL").doesNotContain("\0");
    }

    @Test
    void aDocumentStillBeingReadWhenTheTimeRunsOutIsRefused() {
        // Three hundred pages take far longer than a millisecond to read; one page could finish first.
        PdfTextExtractor impatient = withLimits(1000, 1_000_000, Duration.ofMillis(1));
        String[] pages = java.util.Collections.nCopies(300, "alpha one two three").toArray(String[]::new);

        assertRefused(impatient, PdfCorpus.textPages(pages), "the PDF took longer than 1 ms to read");
    }

    private static PdfTextExtractor withLimits(int maxPages, int maxCharacters, Duration timeout) {
        return new PdfTextExtractor(new PdfLimits(maxPages, maxCharacters, timeout, 64L * 1024 * 1024));
    }
}
