package dev.parley.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test builder: a {@code multipart/form-data} body written by hand, byte for byte as browsers and curl send one. */
public final class MultipartBody {

    public static final String BOUNDARY = "----parley-test-7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A body holding one file in the field {@code file}. */
    public static MultipartBody ofFile(String filename, String contentType, byte[] content) {
        return new MultipartBody().file("file", filename, contentType, content);
    }

    public MultipartBody field(String name, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** A file part; {@code filename} goes into the header as UTF-8, as browsers send it. */
    public MultipartBody file(String name, String filename, String contentType, byte[] content) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** The whole body, closing delimiter included. */
    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
