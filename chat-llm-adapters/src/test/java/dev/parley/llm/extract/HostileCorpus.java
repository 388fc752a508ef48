package dev.parley.llm.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Hostile test documents, generated on demand (no binary files), most of them written by hand with {@link RawPdf}. */
final class HostileCorpus {

    private HostileCorpus() {
    }

    /** A page whose content stream is {@code zeros} zero bytes, deflated to a few hundred kilobytes. */
    static byte[] compressionBomb(long zeros) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int content = pdf.addStream("/Filter /FlateDecode", deflatedZeros(zeros));
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents "
                + content + " 0 R >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /** The bomb inside an owner-password-only encrypted document: its stream bytes look like noise. */
    static byte[] encryptedCompressionBomb(long zeros) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(deflatedZeros(zeros));
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return PdfCorpus.saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file whose only cross-reference section is a stream expanding to {@code zeros} bytes:
     * PDFBox decompresses it while opening the file, before any check on the open document.
     */
    static byte[] crossReferenceStreamBomb(long zeros) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(RawPdf.latin1("%PDF-1.7\n"));
        int xref = file.size();
        file.writeBytes(RawPdf.latin1("1 0 obj\n"));
        file.writeBytes(RawPdf.streamObject("/Type /XRef /Size 2 /W [1 1 1] /Root 1 0 R /Filter /FlateDecode",
                deflatedZeros(zeros)));
        file.writeBytes(RawPdf.latin1("\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return file.toByteArray();
    }

    /**
     * A file whose catalog, page tree and page sit in an object stream expanding to {@code zeros}
     * more bytes. Hex-encoding the deflated data hides it from a scan for deflated bytes, as
     * encryption would; PDFBox decompresses the object stream while opening the file, for its catalog.
     */
    static byte[] objectStreamBomb(long zeros) {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
        int second = objects[0].length() + 1;
        int third = second + objects[1].length() + 1;
        String header = "1 0 2 " + second + " 5 " + third + " ";
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        decoded.writeBytes(RawPdf.latin1(header + String.join(" ", objects) + " "));
        byte[] deflated = deflated(decoded.toByteArray(), zeros);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(RawPdf.latin1("%PDF-1.7\n"));
        int objectStream = file.size();
        file.writeBytes(RawPdf.latin1("3 0 obj\n"));
        file.writeBytes(RawPdf.streamObject("/Type /ObjStm /N 3 /First " + header.length()
                + " /Filter [/ASCIIHexDecode /FlateDecode]", RawPdf.latin1(HexFormat.of().formatHex(deflated) + ">")));
        file.writeBytes(RawPdf.latin1("\nendobj\n"));
        int xref = file.size();
        ByteBuffer entries = ByteBuffer.allocate(6 * 7);
        entries.put((byte) 0).putInt(0).putShort((short) -1);
        entries.put((byte) 2).putInt(3).putShort((short) 0);
        entries.put((byte) 2).putInt(3).putShort((short) 1);
        entries.put((byte) 1).putInt(objectStream).putShort((short) 0);
        entries.put((byte) 1).putInt(xref).putShort((short) 0);
        entries.put((byte) 2).putInt(3).putShort((short) 2);
        file.writeBytes(RawPdf.latin1("4 0 obj\n"));
        file.writeBytes(RawPdf.streamObject("/Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R", entries.array()));
        file.writeBytes(RawPdf.latin1("\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return file.toByteArray();
    }

    /** A page carrying an array nested {@code depth} levels deep. */
    static byte[] deeplyNestedArrays(int depth) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int nested = pdf.add("[".repeat(depth) + "]".repeat(depth));
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Nested " + nested
                + " 0 R >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /** A page tree of {@code depth} page-tree nodes, each the only child of the one above, with one page at the bottom. */
    static byte[] deepPageTree(int depth) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int first = pdf.reserve();
        int parent = first;
        for (int level = 1; level < depth; level++) {
            int node = pdf.reserve();
            pdf.set(parent, "<< /Type /Pages /Kids [" + node + " 0 R] /Count 1 >>");
            parent = node;
        }
        int page = pdf.add("<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 612 792] >>");
        pdf.set(parent, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + first + " 0 R >>");
        return pdf.build(catalog);
    }

    /** A page-tree node listing itself among its children, next to one real page with text. */
    static byte[] pageTreeLoop() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int content = pdf.addStream("", RawPdf.latin1("BT /F1 12 Tf 72 700 Td (looped) Tj ET"));
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Font << /F1 " + PdfCorpus.HELVETICA + " >> >> >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + pages + " 0 R " + page + " 0 R " + pages + " 0 R] /Count 3 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /** {@code count} pages sharing one content stream; the page tree claims {@code declared} of them. */
    static byte[] manyPages(int count, int declared) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int content = pdf.addStream("", RawPdf.latin1("BT /F1 12 Tf 72 700 Td (again) Tj ET"));
        int font = pdf.add(PdfCorpus.HELVETICA);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                    + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> >> >>");
            kids.append(page).append(" 0 R ");
        }
        pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + declared + " >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /**
     * A page drawing a form that draws the next form twice, {@code depth} times over: within
     * PDFBox's nesting limit, yet 2^depth form drawings — work without end, in a few kilobytes.
     */
    static byte[] formFanOut(int depth) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int pages = pdf.reserve();
        int below = pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 1 1]", RawPdf.latin1("q Q"));
        for (int level = 0; level < depth; level++) {
            below = pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X "
                    + below + " 0 R >> >>", RawPdf.latin1("/X Do /X Do"));
        }
        int content = pdf.addStream("", RawPdf.latin1("/X Do"));
        int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /XObject << /X " + below + " 0 R >> >> >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        return pdf.build(catalog);
    }

    /** zlib data (header included, as PDF's FlateDecode expects) expanding to {@code zeros} zero bytes. */
    static byte[] deflatedZeros(long zeros) {
        return deflated(new byte[0], zeros);
    }

    private static byte[] deflated(byte[] start, long zeros) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
            out.write(start);
            for (long left = zeros; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(left, block.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return deflated.toByteArray();
    }

}
