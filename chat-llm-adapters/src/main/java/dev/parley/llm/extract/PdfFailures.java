package dev.parley.llm.extract;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ParleyException;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Turns whatever reading a PDF threw into the error its uploader is shown. */
final class PdfFailures {

    private PdfFailures() {
    }

    static RuntimeException translate(Throwable failure) {
        return switch (failure) {
            case ParleyException ours -> ours;
            case InvalidPasswordException locked -> refused("the PDF is password-protected");
            // Deeply nested objects make PDFBox's recursive parser run out of stack. The error
            // unwinds only the reading thread, which holds no locks anyone else waits on.
            case StackOverflowError deep -> refused("the PDF is nested too deeply to read");
            case IOException damaged -> refused("the PDF is damaged and cannot be read");
            case RuntimeException damaged -> refused("the PDF is damaged and cannot be read");
            // Anything else (OutOfMemoryError above all) is a fault of ours, not of the document:
            // the limits exist so it cannot happen, and hiding it would hide a missing limit.
            case Error error -> throw error;
            default -> new IllegalStateException("Unexpected failure reading a PDF", failure);
        };
    }

    static InvalidInputException refused(String reason) {
        return new InvalidInputException("file", reason);
    }
}
