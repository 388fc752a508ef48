package dev.parley.http.v1;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.user.User;
import java.util.List;

/** Response: one page of all users, oldest first, {@code {total, page, page_size, users}}. */
record UserPageResponse(long total, int page, int pageSize, List<AdminUserResponse> users) {

    static UserPageResponse of(Page<User> page) {
        return new UserPageResponse(page.total(), page.request().page(), page.request().pageSize(),
                page.items().stream().map(AdminUserResponse::of).toList());
    }
}
