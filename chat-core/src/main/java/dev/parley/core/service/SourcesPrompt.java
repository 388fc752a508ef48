package dev.parley.core.service;

import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.search.WebSource;
import java.util.List;

/** How web search results reach the model: one system message listing them as numbered sources. */
final class SourcesPrompt {

    private SourcesPrompt() {
    }

    static PromptMessage of(List<WebSource> sources) {
        StringBuilder text = new StringBuilder(
                "Web search results for the user's latest message follow, numbered. Use them where they help,"
                        + " cite them as [n], and say so when they do not answer the question.\n");
        for (int i = 0; i < sources.size(); i++) {
            WebSource source = sources.get(i);
            text.append("\n[").append(i + 1).append("] ").append(source.title())
                    .append("\nURL: ").append(source.url());
            if (!source.snippet().isBlank()) {
                text.append('\n').append(source.snippet());
            }
            text.append('\n');
        }
        return new PromptMessage(Role.SYSTEM, text.toString());
    }
}
