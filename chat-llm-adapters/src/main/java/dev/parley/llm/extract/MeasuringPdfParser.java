package dev.parley.llm.extract;

import java.io.IOException;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's parser, opening documents as {@code Loader.loadPDF} does, with one step added: once the
 * cross-references are read and decryption is set up, and before the catalog is read, the object
 * streams are measured. Reading the catalog may decompress the object stream that holds it, and
 * after that it is too late. (PDFBox's repair of a broken file reads object streams by itself; for
 * an unencrypted file {@link CompressedStreamScan} has measured them already.)
 */
final class MeasuringPdfParser extends PDFParser {

    private final DecodedStreams streams;

    MeasuringPdfParser(byte[] pdf, PdfLimits limits, DecodedStreams streams) throws IOException {
        // An empty password opens the common "owner password only" PDFs; one that needs a user
        // password fails with InvalidPasswordException. PDFBox's scratch buffers hold decrypted streams.
        super(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache);
        this.streams = streams;
    }

    @Override
    protected void prepareDecryption() throws IOException {
        super.prepareDecryption();
        streams.checkObjectStreams(document);
    }
}
