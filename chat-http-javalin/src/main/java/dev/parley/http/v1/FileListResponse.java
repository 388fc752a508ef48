package dev.parley.http.v1;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.file.StoredFile;
import java.util.List;

/** Response: one page of a user's files, newest first. */
record FileListResponse(List<FileSummary> items, long total, int page, int pageSize) {

    static FileListResponse of(Page<StoredFile> page) {
        return new FileListResponse(page.items().stream().map(FileSummary::of).toList(), page.total(),
                page.request().page(), page.request().pageSize());
    }
}
