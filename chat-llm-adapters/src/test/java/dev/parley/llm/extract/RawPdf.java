package dev.parley.llm.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes PDF files by hand, object by object, so tests can build what no PDF library would write. */
final class RawPdf {

    private final List<byte[]> bodies = new ArrayList<>();

    /** Adds an object and returns its number; objects are numbered from 1 in the order added. */
    int add(String body) {
        return add(latin1(body));
    }

    int add(byte[] body) {
        bodies.add(body);
        return bodies.size();
    }

    /** Reserves a number for an object whose body refers to objects added later. */
    int reserve() {
        return add(new byte[0]);
    }

    void set(int number, String body) {
        bodies.set(number - 1, latin1(body));
    }

    int addStream(String dictionaryEntries, byte[] data) {
        return add(streamObject(dictionaryEntries, data));
    }

    static byte[] streamObject(String dictionaryEntries, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(latin1("<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n"));
        body.writeBytes(data);
        body.writeBytes(latin1("\nendstream"));
        return body.toByteArray();
    }

    /** The file with a classic cross-reference table and a trailer naming {@code root} as the catalog. */
    byte[] build(int root) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[bodies.size()];
        for (int i = 0; i < bodies.size(); i++) {
            offsets[i] = file.size();
            file.writeBytes(latin1((i + 1) + " 0 obj\n"));
            file.writeBytes(bodies.get(i));
            file.writeBytes(latin1("\nendobj\n"));
        }
        int xref = file.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(bodies.size() + 1).append(" /Root ").append(root)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        file.writeBytes(latin1(table.toString()));
        return file.toByteArray();
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
