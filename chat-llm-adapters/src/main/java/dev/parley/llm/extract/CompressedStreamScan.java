package dev.parley.llm.extract;

import static dev.parley.llm.extract.PdfFailures.refused;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Measures, before PDFBox sees the file, how far each stream's data expands when inflated the way
 * PDFBox's FlateDecode does it (two header bytes skipped, then raw deflate). PDFBox opens
 * cross-reference and object streams while loading, before any other check can run; finding every
 * {@code stream} keyword in the raw bytes covers them without trusting the file's own structure.
 * Encrypted streams look like noise here and are measured after decryption by {@link DecodedStreams}.
 */
final class CompressedStreamScan {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "end".getBytes(StandardCharsets.US_ASCII);
    private static final int ZLIB_HEADER = 2;

    private CompressedStreamScan() {
    }

    static void check(byte[] pdf, PdfLimits limits) {
        Inflater inflater = new Inflater(true);
        byte[] sink = new byte[64 * 1024];
        try {
            for (int at = Bytes.indexOf(pdf, STREAM, 0, pdf.length); at >= 0;
                    at = Bytes.indexOf(pdf, STREAM, at + STREAM.length, pdf.length)) {
                if (Bytes.startsAt(pdf, END, at - END.length)) {
                    continue;
                }
                int data = dataStart(pdf, at + STREAM.length) + ZLIB_HEADER;
                if (data < pdf.length) {
                    inflater.reset();
                    inflater.setInput(pdf, data, pdf.length - data);
                    measure(inflater, sink, limits);
                }
            }
        } finally {
            inflater.end();
        }
    }

    /** Mirrors PDFBox: spaces after the keyword, then one CR, LF or CRLF. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        int at = afterKeyword;
        while (at < pdf.length && pdf[at] == ' ') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    private static void measure(Inflater inflater, byte[] sink, PdfLimits limits) {
        long expanded = 0;
        try {
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                expanded += inflater.inflate(sink);
                if (expanded > limits.maxMemoryBytes()) {
                    throw tooLarge(limits);
                }
                PdfReading.stopIfAbandoned();
            }
        } catch (DataFormatException notDeflate) {
            // Most streams are not deflated, or not from here; what inflated before the bad
            // data is what PDFBox keeps too, and it was under the limit.
        }
    }

    static RuntimeException tooLarge(PdfLimits limits) {
        return refused("part of the PDF expands to more than " + limits.maxMemoryMebibytes()
                + " MiB when decompressed");
    }
}
