package dev.parley.llm.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Well-formed and damaged test documents, generated on demand: the corpus has no binary files. */
final class PdfCorpus {

    static final String HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private PdfCorpus() {
    }

    /** A document written by PDFBox with one line of text on each page. */
    static byte[] textPages(String... lines) {
        try (PDDocument document = new PDDocument()) {
            for (String line : lines) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document encrypted with AES-256; an empty {@code userPassword} makes the usual
     * "owner password only" PDF that opens without a password. Copying text is forbidden by its
     * permissions, which are advice to viewers, not a lock.
     */
    static byte[] encrypted(byte[] pdf, String ownerPassword, String userPassword) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-written one-page document in Helvetica, with a classic cross-reference table. */
    static byte[] handWritten(String line) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int content = pdf.addStream("", RawPdf.latin1("BT /F1 12 Tf 72 700 Td (" + line + ") Tj ET"));
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Font << /F1 " + HELVETICA + " >> >> >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /** A page whose font maps the letter A to U+0000, so its text "ANUL" reads back with a NUL. */
    static byte[] textWithNul() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int toUnicode = pdf.addStream("", RawPdf.latin1("""
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                /CMapName /Nul def /CMapType 2 def
                1 begincodespacerange <00> <FF> endcodespacerange
                4 beginbfchar <41> <0000> <4E> <004E> <55> <0055> <4C> <004C> endbfchar
                endcmap CMapName currentdict /CMap defineresource pop end end"""));
        int content = pdf.addStream("", RawPdf.latin1("BT /F1 12 Tf 72 700 Td (ANUL) Tj ET"));
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode "
                + toUnicode + " 0 R >> >> >> >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /** The file with every offset in its cross-reference table and its startxref pointing elsewhere. */
    static byte[] withBrokenCrossReferences(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int table = text.lastIndexOf("xref\n0 ");
        String broken = text.substring(table).replaceAll("\\d{10} 00000 n", "0000000007 00000 n")
                .replaceAll("startxref\n\\d+", "startxref\n" + (pdf.length / 3));
        return RawPdf.latin1(text.substring(0, table) + broken);
    }

    static byte[] firstHalf(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

}
