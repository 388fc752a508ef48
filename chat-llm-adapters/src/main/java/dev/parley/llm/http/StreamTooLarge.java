package dev.parley.llm.http;

import java.io.IOException;

/**
 * Provider plumbing: a stream broke a size limit, so whatever it sends next is not worth reading;
 * {@link ProviderCall} reports it as a reply Parley cannot read.
 */
public class StreamTooLarge extends IOException {

    public StreamTooLarge(String problem) {
        super(problem);
    }

    /** "1 MiB" for a whole number of mebibytes, else the exact count in {@code unit}. */
    static String limit(long size, String mebiUnit, String unit) {
        return size % (1024 * 1024) == 0 ? size / (1024 * 1024) + mebiUnit : size + unit;
    }
}
