package dev.parley.http.stream;

import dev.parley.core.domain.file.StoredFile;

/** Response: seed 002's answer to an upload, the stored PDF and a confirmation. */
record UploadResponse(PdfFile file, String message) {

    /** Response element: the stored PDF, with the text extracted from it and its page count. */
    record PdfFile(long id, String filename, long fileSize, String mimeType, String extractedText, Metadata metadata) {

        static PdfFile of(StoredFile file) {
            return new PdfFile(file.id().value(), file.filename(), file.size(), file.mediaType(), file.extractedText(),
                    new Metadata(file.pageCount()));
        }
    }

    /** Response element: what else is known of the file. */
    record Metadata(Integer pageCount) {
    }
}
