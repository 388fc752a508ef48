package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.user.UserId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of the prompts a user may see: their own first, then the templates, each newest first.
 * The SQL is assembled from constant fragments only, one per filter present; every value travels as
 * a bind parameter. The search is a substring match written the same for both databases:
 * {@code LOWER} on both sides of a {@code LIKE} whose pattern escapes the term's wildcards. Which
 * letters beyond ASCII {@code LOWER} folds follows the database's locale.
 */
final class PromptSearch {

    private static final PromptRowMapper PROMPT = new PromptRowMapper();
    // Not a backslash: Jdbi's parser would read it as escaping the closing quote.
    private static final String MATCHES = " LIKE LOWER(:pattern) ESCAPE '!'";

    private final UserId user;
    private final PromptQuery query;
    private final CountedPage page;

    PromptSearch(UserId user, PromptQuery query) {
        this.user = user;
        this.query = query;
        StringBuilder conditions = new StringBuilder(
                query.includeTemplates() ? "(user_id = :user OR user_id IS NULL)" : "user_id = :user");
        query.scenario().ifPresent(scenario -> conditions.append(" AND scenario = :scenario"));
        query.search().ifPresent(search -> conditions.append(" AND (LOWER(title)").append(MATCHES)
                .append(" OR LOWER(content)").append(MATCHES)
                .append(" OR LOWER(description)").append(MATCHES).append(")"));
        this.page = new CountedPage(PromptRowMapper.COLUMNS, "FROM prompts WHERE " + conditions,
                "CASE WHEN user_id IS NULL THEN 1 ELSE 0 END, created_at DESC, id DESC");
    }

    Page<Prompt> run(Handle handle) {
        return page.read(handle, PROMPT, query.page(), this::bindFilters);
    }

    private Query bindFilters(Query statement) {
        statement.bind("user", user.value());
        query.scenario().ifPresent(scenario -> statement.bind("scenario", TextColumns.stored(scenario)));
        query.search().ifPresent(search -> statement.bind("pattern", "%" + literal(TextColumns.stored(search)) + "%"));
        return statement;
    }

    /** The text as a LIKE pattern matching only itself: its wildcards and the escape character escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }
}
