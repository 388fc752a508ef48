package dev.parley.llm.extract;

import static dev.parley.llm.extract.PdfFailures.refused;

import dev.parley.core.domain.file.ExtractedText;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One document read on the reading thread, cheapest refusals first. PDFBox decompresses streams
 * into memory without any limit of its own, so every stream it will decompress is measured before
 * it does: raw zlib data before the document is opened (this covers the streams PDFBox opens while
 * loading), then each object stream before the catalog is read, then every other stream.
 */
final class PdfReading {

    private final PdfLimits limits;

    PdfReading(PdfLimits limits) {
        this.limits = limits;
    }

    ExtractedText read(byte[] pdf) throws IOException {
        CompressedStreamScan.check(pdf, limits);
        DecodedStreams streams = new DecodedStreams(limits);
        try (PDDocument document = new MeasuringPdfParser(pdf, limits, streams).parse()) {
            refuseIfTooLong(document.getNumberOfPages());
            int pages = countPages(document);
            streams.checkAll(document.getDocument());
            String text = PageTextStripper.text(document, limits.maxCharacters());
            return new ExtractedText(text, pages);
        }
    }

    /** The pages PDFBox will visit, which need not be the page count the document declares. */
    private int countPages(PDDocument document) {
        int pages = 0;
        for (PDPage ignored : document.getPages()) {
            stopIfAbandoned();
            refuseIfTooLong(++pages);
        }
        if (pages == 0) {
            throw refused("the PDF has no pages that can be read");
        }
        return pages;
    }

    private void refuseIfTooLong(int pages) {
        if (pages > limits.maxPages()) {
            throw refused("the PDF has " + pages + " pages; at most " + limits.maxPages() + " can be read");
        }
    }

    /** Ends this reading once its caller has given up on it (a cooperative check: PDFBox has none). */
    static void stopIfAbandoned() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("PDF reading abandoned");
        }
    }
}
