package dev.parley.http.v1;

import dev.parley.core.domain.file.FileUse;
import java.util.List;

/** Response element: a session's file a reply was given, and whether its text was cut to fit the model's window. */
record FileUseResponse(long id, String filename, boolean truncated) {

    static List<FileUseResponse> of(List<FileUse> files) {
        return files.stream().map(f -> new FileUseResponse(f.id().value(), f.filename(), f.truncated())).toList();
    }
}
