package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.storedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.parley.core.port.out.PromptRepository}; every implementation's test extends it.
 * A real database ships system templates; each test removes them first so it can count exactly.
 */
public abstract class PromptRepositoryContract extends PersistenceContract {

    private User alice;
    private User bob;

    @BeforeEach
    void storeFixtures() {
        alice = storedUser(store, "alice");
        bob = storedUser(store, "bob");
        PromptQuery everyTemplate = query(true, null, null, 1, PageRequest.MAX_PAGE_SIZE);
        List<Prompt> shipped;
        while (!(shipped = store.prompts().list(alice.id(), everyTemplate).items()).isEmpty()) {
            shipped.forEach(template -> store.prompts().delete(template.id()));
        }
    }

    @Test
    void aCreatedPromptReadsBackWithEveryFieldAndNoUsesYet() {
        Prompt created = store.prompts().create(alice.id(),
                new PromptDraft("Haiku", "Write a haiku about {topic}.", "poetry", "Three lines.", Map.of("tags",
                        List.of("verse"))), T0);

        assertThat(created.id().value()).isPositive();
        assertThat(created.owner()).isEqualTo(alice.id());
        assertThat(created.isTemplate()).isFalse();
        assertThat(created.title()).isEqualTo("Haiku");
        assertThat(created.content()).isEqualTo("Write a haiku about {topic}.");
        assertThat(created.scenario()).isEqualTo("poetry");
        assertThat(created.description()).isEqualTo("Three lines.");
        assertThat(created.metadata()).isEqualTo(Map.of("tags", List.of("verse")));
        assertThat(created.usageCount()).isZero();
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.updatedAt()).isEqualTo(T0);
        assertThat(store.prompts().findVisible(alice.id(), created.id())).contains(created);
    }

    @Test
    void aPromptWithoutScenarioDescriptionOrMetadataReadsBackWithNullsAndEmptyMetadata() {
        Prompt created = store.prompts().create(alice.id(), new PromptDraft("Bare", "Just this.", null, null, null), T0);

        assertThat(created.scenario()).isNull();
        assertThat(created.description()).isNull();
        assertThat(created.metadata()).isEmpty();
        assertThat(store.prompts().findVisible(alice.id(), created.id())).contains(created);
    }

    @Test
    void aTemplateHasNoOwnerAndEveryUserSeesIt() {
        Prompt template = store.prompts().create(null, draft("Shared", "Summarize {text}"), T0);

        assertThat(template.isTemplate()).isTrue();
        assertThat(template.owner()).isNull();
        assertThat(store.prompts().findVisible(alice.id(), template.id())).contains(template);
        assertThat(store.prompts().findVisible(bob.id(), template.id())).contains(template);
        assertThat(titles(store.prompts().list(bob.id(), query(true, null, null, 1, 10)))).containsExactly("Shared");
    }

    @Test
    void anotherUsersPromptIsInvisibleToFindingAndListing() {
        Prompt mine = store.prompts().create(alice.id(), draft("Mine", "private"), T0);

        assertThat(store.prompts().findVisible(bob.id(), mine.id())).isEmpty();
        assertThat(store.prompts().findVisible(alice.id(), new PromptId(987_654))).isEmpty();
        Page<Prompt> bobs = store.prompts().list(bob.id(), query(true, null, null, 1, 10));
        assertThat(bobs.items()).isEmpty();
        assertThat(bobs.total()).isZero();
    }

    @Test
    void theUsersOwnPromptsComeFirstThenTheTemplatesEachNewestFirstThenHighestId() {
        create(null, "old template", T0);
        create(null, "new template", T0.plusSeconds(1));
        create(alice.id(), "oldest", T0);
        create(alice.id(), "tied first", T0.plusSeconds(2));
        create(alice.id(), "tied second", T0.plusSeconds(2));
        create(alice.id(), "middle", T0.plusSeconds(1));
        create(bob.id(), "bob's", T0.plusSeconds(9));

        Page<Prompt> all = store.prompts().list(alice.id(), query(true, null, null, 1, 10));

        assertThat(titles(all)).containsExactly("tied second", "tied first", "middle", "oldest", "new template",
                "old template");
        assertThat(all.total()).isEqualTo(6);
    }

    @Test
    void withoutTemplatesOnlyTheUsersOwnPromptsAreListed() {
        create(null, "template", T0);
        create(alice.id(), "mine", T0);
        create(bob.id(), "bob's", T0);

        Page<Prompt> own = store.prompts().list(alice.id(), query(false, null, null, 1, 10));

        assertThat(titles(own)).containsExactly("mine");
        assertThat(own.total()).isEqualTo(1);
    }

    @Test
    void theScenarioFilterKeepsOnlyPromptsOfThatScenarioTemplatesIncluded() {
        store.prompts().create(alice.id(), new PromptDraft("mine", "x", "coding", null, null), T0);
        store.prompts().create(alice.id(), new PromptDraft("other scenario", "x", "writing", null, null), T0);
        store.prompts().create(alice.id(), new PromptDraft("no scenario", "x", null, null, null), T0);
        store.prompts().create(null, new PromptDraft("template", "x", "coding", null, null), T0);
        store.prompts().create(bob.id(), new PromptDraft("bob's", "x", "coding", null, null), T0);

        Page<Prompt> coding = store.prompts().list(alice.id(), query(true, "coding", null, 1, 10));

        assertThat(titles(coding)).containsExactly("mine", "template");
        assertThat(coding.total()).isEqualTo(2);
        assertThat(titles(store.prompts().list(alice.id(), query(true, "Coding", null, 1, 10)))).isEmpty();
    }

    @Test
    void theSearchIgnoresCaseAndLooksInTitleContentAndDescription() {
        store.prompts().create(alice.id(), new PromptDraft("Alpha title", "x", null, null, null), T0);
        store.prompts().create(alice.id(), new PromptDraft("in content", "says aLPHa here", null, null, null), T0);
        store.prompts().create(alice.id(), new PromptDraft("in description", "x", null, "ALPHABET", null), T0);
        store.prompts().create(alice.id(), new PromptDraft("elsewhere", "alp ha", "alpha", "beta", Map.of("alpha", 1)),
                T0);
        store.prompts().create(null, new PromptDraft("template", "Alpha {x}", null, null, null), T0);
        store.prompts().create(bob.id(), new PromptDraft("bob's alpha", "alpha", null, "alpha", null), T0);

        Page<Prompt> found = store.prompts().list(alice.id(), query(true, null, "AlPhA", 1, 10));

        assertThat(titles(found)).containsExactlyInAnyOrder("Alpha title", "in content", "in description", "template");
        assertThat(found.total()).isEqualTo(4);
        assertThat(titles(store.prompts().list(alice.id(), query(false, null, "alpha", 1, 10)))).hasSize(3);
    }

    @Test
    void wildcardsAndLikelyEscapeCharactersInASearchMatchOnlyThemselves() {
        for (String title : List.of("100% sure", "100 percent sure", "snake_case", "snakeXcase", "C:\\temp", "C:temp",
                "wow!_", "wow!x", "wow")) {
            create(alice.id(), title, T0);
        }

        assertThat(titles(store.prompts().list(alice.id(), query(true, null, "100%", 1, 10))))
                .containsExactly("100% sure");
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, "e_c", 1, 10))))
                .containsExactly("snake_case");
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, ":\\", 1, 10))))
                .containsExactly("C:\\temp");
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, "%", 1, 10))))
                .containsExactly("100% sure");
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, "w!_", 1, 10))))
                .containsExactly("wow!_");
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, "w!", 1, 10))))
                .containsExactlyInAnyOrder("wow!_", "wow!x");
    }

    @Test
    void aSearchFindsUnicodeTextWrittenTheSameWay() {
        create(alice.id(), "Café ☕ 𝄞 naïve", T0);
        create(alice.id(), "Cafe plain", T0);

        assertThat(titles(store.prompts().list(alice.id(), query(true, null, "é ☕ 𝄞", 1, 10))))
                .containsExactly("Café ☕ 𝄞 naïve");
    }

    @Test
    void pagesSplitTheListingAndEachCarriesTheTotal() {
        for (int i = 1; i <= 5; i++) {
            create(alice.id(), "p" + i, T0.plusSeconds(i));
        }

        assertThat(titles(store.prompts().list(alice.id(), query(true, null, null, 1, 2)))).containsExactly("p5", "p4");
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, null, 2, 2)))).containsExactly("p3", "p2");
        Page<Prompt> last = store.prompts().list(alice.id(), query(true, null, null, 3, 2));
        assertThat(titles(last)).containsExactly("p1");
        assertThat(last.total()).isEqualTo(5);
        Page<Prompt> beyond = store.prompts().list(alice.id(), query(true, null, null, 4, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void filtersCombineAndThePageCountsOnlyWhatMatchesThemAll() {
        for (int i = 1; i <= 4; i++) {
            store.prompts().create(alice.id(), new PromptDraft("mail " + i, "x", "writing", null, null), T0.plusSeconds(i));
            store.prompts().create(alice.id(), new PromptDraft("code " + i, "mail", "coding", null, null), T0);
        }
        store.prompts().create(null, new PromptDraft("mail template", "x", "writing", null, null), T0);

        Page<Prompt> page = store.prompts().list(alice.id(), query(true, "writing", "MAIL", 2, 2));

        assertThat(titles(page)).containsExactly("mail 2", "mail 1");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void nestedUnicodeAndNullMetadataRoundTrips() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("nothing", null);
        inner.put("empty list", List.of());
        inner.put("empty map", Map.of());
        inner.put("deeper", Map.of("list", Arrays.asList(1, null, "two", List.of(3.5, false))));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("tags", List.of("naïve ☕", "𝄞 🙂", "\"quoted\" \\ </script>", "nul\u0000here"));
        metadata.put("ключ ☕", "значение");
        metadata.put("int", 42);
        metadata.put("long", 9_007_199_254_740_993L);
        metadata.put("negative", -7);
        metadata.put("fraction", 0.125);
        metadata.put("yes", true);
        metadata.put("no", false);
        metadata.put("null", null);
        metadata.put("nested", inner);

        Prompt created = store.prompts().create(alice.id(), new PromptDraft("meta", "x", null, null, metadata), T0);

        assertThat(created.metadata()).isEqualTo(metadata);
        assertThat(store.prompts().findVisible(alice.id(), created.id()).orElseThrow().metadata()).isEqualTo(metadata);
        assertThat(store.prompts().list(alice.id(), query(true, null, null, 1, 1)).items().getFirst().metadata())
                .isEqualTo(metadata);
    }

    @Test
    void nulAndPrivateUseCharactersSurviveInEveryTextField() {
        String text = "a\u0000b \uE000 \uE0000 \uE000\uE000 \u0000";
        Prompt created = store.prompts().create(alice.id(), new PromptDraft(text, text, text, text, null), T0);

        assertThat(store.prompts().findVisible(alice.id(), created.id())).contains(created);
        assertThat(created.title()).isEqualTo(text);
        assertThat(created.content()).isEqualTo(text);
        assertThat(created.scenario()).isEqualTo(text);
        assertThat(created.description()).isEqualTo(text);
        assertThat(titles(store.prompts().list(alice.id(), query(true, text, "\uE000\uE000 \u0000", 1, 10))))
                .containsExactly(text);
    }

    @Test
    void anUpdateReplacesTheWrittenPartsAndUpdateTimeAndKeepsOwnerUsesAndCreationTime() {
        Prompt created = store.prompts().create(alice.id(),
                new PromptDraft("old", "old {x}", "old", "old", Map.of("v", 1)), T0);
        store.prompts().recordUse(created.id());

        Optional<Prompt> updated = store.prompts().update(created.id(),
                new PromptDraft("new", "new {y}", null, null, Map.of("v", 2)), T0.plusSeconds(60));

        assertThat(updated).get().satisfies(prompt -> {
            assertThat(prompt.id()).isEqualTo(created.id());
            assertThat(prompt.owner()).isEqualTo(alice.id());
            assertThat(prompt.title()).isEqualTo("new");
            assertThat(prompt.content()).isEqualTo("new {y}");
            assertThat(prompt.scenario()).isNull();
            assertThat(prompt.description()).isNull();
            assertThat(prompt.metadata()).isEqualTo(Map.of("v", 2));
            assertThat(prompt.usageCount()).isEqualTo(1);
            assertThat(prompt.createdAt()).isEqualTo(T0);
            assertThat(prompt.updatedAt()).isEqualTo(T0.plusSeconds(60));
        });
        assertThat(store.prompts().findVisible(alice.id(), created.id())).isEqualTo(updated);
    }

    @Test
    void updatingAPromptThatDoesNotExistIsEmpty() {
        assertThat(store.prompts().update(new PromptId(987_654), draft("x", "y"), T0)).isEmpty();
    }

    @Test
    void aDeletedPromptIsGoneAndDeletingItAgainIsFalse() {
        Prompt doomed = create(alice.id(), "doomed", T0);
        Prompt kept = create(alice.id(), "kept", T0);

        assertThat(store.prompts().delete(doomed.id())).isTrue();

        assertThat(store.prompts().findVisible(alice.id(), doomed.id())).isEmpty();
        assertThat(store.prompts().delete(doomed.id())).isFalse();
        assertThat(titles(store.prompts().list(alice.id(), query(true, null, null, 1, 10)))).containsExactly("kept");
        assertThat(store.prompts().findVisible(alice.id(), kept.id())).contains(kept);
    }

    @Test
    void usesRecordedFromManyThreadsAtOnceAreCountedExactly() throws Exception {
        Prompt popular = create(null, "popular", T0);
        Prompt other = create(alice.id(), "other", T0);
        int threads = 8;
        int usesEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(() -> {
                    for (int i = 0; i < usesEach; i++) {
                        store.prompts().recordUse(popular.id());
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(jobs, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Prompt counted = store.prompts().findVisible(bob.id(), popular.id()).orElseThrow();
        assertThat(counted.usageCount()).isEqualTo(threads * usesEach);
        assertThat(counted.updatedAt()).isEqualTo(T0);
        assertThat(store.prompts().findVisible(alice.id(), other.id()).orElseThrow().usageCount()).isZero();
    }

    @Test
    void recordingAUseOfAPromptThatDoesNotExistChangesNothing() {
        Prompt existing = create(alice.id(), "existing", T0);

        store.prompts().recordUse(new PromptId(987_654));

        assertThat(store.prompts().findVisible(alice.id(), existing.id())).contains(existing);
    }

    @Test
    void deletingAUserDeletesTheirPromptsButNoTemplateAndNoOneElses() {
        Prompt alices = create(alice.id(), "alice's", T0);
        Prompt bobs = create(bob.id(), "bob's", T0);
        Prompt template = create(null, "template", T0);

        assertThat(store.users().delete(alice.id())).isTrue();

        assertThat(store.prompts().delete(alices.id())).isFalse();
        assertThat(store.prompts().list(alice.id(), query(false, null, null, 1, 10)).total()).isZero();
        assertThat(titles(store.prompts().list(bob.id(), query(true, null, null, 1, 10))))
                .containsExactly("bob's", "template");
        assertThat(store.prompts().findVisible(bob.id(), bobs.id())).contains(bobs);
        assertThat(store.prompts().findVisible(bob.id(), template.id())).contains(template);
    }

    @Test
    void creatingAPromptForAUserWhoDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> store.prompts().create(new UserId(987_654), draft("x", "y"), T0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPromptCreatedInATransactionThatFailsIsNotKept() {
        assertThatThrownBy(() -> store.transactions().run(() -> {
            create(alice.id(), "doomed", T0);
            throw new IllegalStateException("something later failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.prompts().list(alice.id(), query(true, null, null, 1, 10)).items()).isEmpty();
    }

    private Prompt create(UserId owner, String title, Instant at) {
        return store.prompts().create(owner, draft(title, "content of " + title.replace("%", "")), at);
    }

    private static PromptDraft draft(String title, String content) {
        return new PromptDraft(title, content, null, null, null);
    }

    private static PromptQuery query(boolean templates, String scenario, String search, int page, int size) {
        return new PromptQuery(Optional.ofNullable(scenario), templates, Optional.ofNullable(search),
                new PageRequest(page, size));
    }

    private static List<String> titles(Page<Prompt> page) {
        return page.items().stream().map(Prompt::title).toList();
    }
}
