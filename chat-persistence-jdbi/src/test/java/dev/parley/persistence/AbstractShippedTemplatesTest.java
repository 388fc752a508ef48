package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.prompt.PromptTemplate;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** The system templates a new database is given, on each database the store supports. */
abstract class AbstractShippedTemplatesTest extends AbstractJdbiStoreTest {

    @Test
    void everyUserSeesTheShippedTemplatesInTheirOrderEachWithItsVariables() {
        User bob = persistence.users().create(new NewUser("bob", "hash", T0));

        Page<Prompt> templates = persistence.prompts().list(bob.id(), everything());

        assertThat(templates.items())
                .extracting(Prompt::title, Prompt::scenario, prompt -> PromptTemplate.parse(prompt.content()).variables())
                .containsExactly(
                        tuple("Summarize", "summarization", Set.of("text")),
                        tuple("Translate", "translation", Set.of("language", "text")),
                        tuple("Explain code", "coding", Set.of("language", "code")),
                        tuple("Fix grammar", "writing", Set.of("text")),
                        tuple("Write an email", "writing", Set.of("recipient", "purpose")),
                        tuple("Brainstorm ideas", "brainstorming", Set.of("topic")));
        assertThat(templates.items()).allSatisfy(template -> {
            assertThat(template.isTemplate()).isTrue();
            assertThat(template.usageCount()).isZero();
            assertThat(template.description()).isNotBlank();
            assertThat(template.metadata().get("tags")).asInstanceOf(
                    InstanceOfAssertFactories.LIST).isNotEmpty().allMatch(String.class::isInstance);
            assertThat(template.updatedAt()).isEqualTo(template.createdAt());
        });
        assertThat(persistence.prompts().list(alice.id(), everything()).items()).isEqualTo(templates.items());
    }

    @Test
    void aShippedTemplateRendersWithItsLineBreaks() {
        Prompt summarize = persistence.prompts()
                .list(alice.id(), new PromptQuery(Optional.of("summarization"), true, Optional.empty(), new PageRequest(1, 10)))
                .items().getFirst();

        assertThat(summarize.content()).isEqualTo("Summarize the following text in a few sentences:\n\n{text}");
        assertThat(PromptTemplate.parse(summarize.content()).render(Map.of("text", "Long {text}.")))
                .isEqualTo("Summarize the following text in a few sentences:\n\nLong {text}.");
    }

    @Test
    void aUsersOwnPromptsComeBeforeTheShippedTemplatesAndOnlyTheirsCanBeLeftOut() {
        persistence.prompts().create(alice.id(), new PromptDraft("Mine", "mine", null, null, null), T0);

        List<String> titles = persistence.prompts().list(alice.id(), everything()).items().stream()
                .map(Prompt::title).toList();
        Page<Prompt> own = persistence.prompts().list(alice.id(),
                new PromptQuery(Optional.empty(), false, Optional.empty(), new PageRequest(1, 10)));

        assertThat(titles).hasSize(7).first().isEqualTo("Mine");
        assertThat(own.items()).extracting(Prompt::title).containsExactly("Mine");
    }

    private static PromptQuery everything() {
        return new PromptQuery(Optional.empty(), true, Optional.empty(), new PageRequest(1, PageRequest.MAX_PAGE_SIZE));
    }
}
