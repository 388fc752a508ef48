package dev.parley.llm.extract;

import static dev.parley.llm.extract.PdfFailures.refused;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper with this package's cooperative stop between content-stream operators,
 * and a character limit: a document with more text is refused, not cut short, because a reply
 * built on part of a document would not say so.
 */
final class PageTextStripper extends PDFTextStripper {

    private PageTextStripper() {
        setLineSeparator("\n");
    }

    /** The document's text with its NUL characters removed (databases refuse them). */
    static String text(PDDocument document, int maxCharacters) throws IOException {
        CappedText text = new CappedText(maxCharacters);
        new PageTextStripper().writeText(document, text);
        return text.toString();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        PdfReading.stopIfAbandoned();
        super.processOperator(operator, operands);
    }

    private static final class CappedText extends Writer {

        private final int maxCharacters;
        private final StringBuilder text = new StringBuilder();

        CappedText(int maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            PdfReading.stopIfAbandoned();
            for (int i = offset; i < offset + length; i++) {
                if (characters[i] != '\0') {
                    if (text.length() == maxCharacters) {
                        throw refused("the PDF holds more than " + maxCharacters + " characters of text");
                    }
                    text.append(characters[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
