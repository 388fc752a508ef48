package dev.parley.llm.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessInputStream;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;

/**
 * Measures each stream of an open document through its own filter chain, writing into a counter
 * rather than memory, and refuses the document when one expands past the limit. This sees what
 * {@link CompressedStreamScan} cannot: decrypted data, and filters other than FlateDecode alone.
 * Image codecs are not decoded: text extraction never decodes images.
 */
final class DecodedStreams {

    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final PdfLimits limits;

    DecodedStreams(PdfLimits limits) {
        this.limits = limits;
    }

    /** Object streams first: PDFBox decompresses one whenever any object inside it is first read. */
    void checkObjectStreams(COSDocument document) throws IOException {
        Map<Long, COSObjectKey> keysByNumber = new TreeMap<>();
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            keysByNumber.putIfAbsent(key.getNumber(), key);
        }
        for (Long offset : List.copyOf(document.getXrefTable().values())) {
            // The cross-reference table records an object kept in an object stream as minus that stream's number.
            if (offset != null && offset < 0 && keysByNumber.containsKey(-offset)) {
                check(document.getObjectFromPool(keysByNumber.get(-offset)).getObject());
            }
        }
    }

    /** Every other stream in the document, whether or not a page uses it. */
    void checkAll(COSDocument document) throws IOException {
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            COSBase object = document.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                check(object);
            }
        }
    }

    private void check(COSBase object) throws IOException {
        PdfReading.stopIfAbandoned();
        if (!(object instanceof COSStream stream)) {
            return;
        }
        List<Filter> filters;
        try {
            filters = filters(stream);
        } catch (IOException unknownFilter) {
            return; // PDFBox cannot decode it either
        }
        if (filters.isEmpty()) {
            return; // stored as it is: no larger than the file
        }
        InputStream input = stream.createRawInputStream();
        for (int index = 0; index < filters.size(); index++) {
            boolean last = index == filters.size() - 1;
            RandomAccessReadWriteBuffer between = last ? null : new RandomAccessReadWriteBuffer();
            OutputStream output = last ? OutputStream.nullOutputStream() : new RandomAccessOutputStream(between);
            try (InputStream encoded = input; OutputStream decoded = new Budget(output)) {
                filters.get(index).decode(encoded, decoded, stream, index);
            } catch (IOException broken) {
                return; // what PDFBox makes of a broken stream is no larger than what decoded so far
            }
            if (!last) {
                between.seek(0);
                input = new RandomAccessInputStream(between);
            }
        }
    }

    /** The filters PDFBox applies, in its way: repeats dropped, and here up to the first image codec. */
    private static List<Filter> filters(COSStream stream) throws IOException {
        List<COSName> names = new ArrayList<>();
        COSBase declared = stream.getFilters();
        if (declared instanceof COSName name) {
            names.add(name);
        } else if (declared instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        LinkedHashSet<Filter> filters = new LinkedHashSet<>();
        for (COSName name : names) {
            if (IMAGE_CODECS.contains(name)) {
                break;
            }
            filters.add(FilterFactory.INSTANCE.getFilter(name));
        }
        return List.copyOf(filters);
    }

    /** Counts what a filter writes and refuses the document when the count passes the limit. */
    private final class Budget extends OutputStream {

        private final OutputStream target;
        private long written;

        Budget(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count(length);
            target.write(bytes, offset, length);
        }

        private void count(int bytes) {
            written += bytes;
            if (written > limits.maxMemoryBytes()) {
                throw CompressedStreamScan.tooLarge(limits);
            }
            PdfReading.stopIfAbandoned();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
