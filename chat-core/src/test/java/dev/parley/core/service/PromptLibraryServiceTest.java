package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.PreviewPromptCommand;
import dev.parley.core.port.in.PromptCommand;
import dev.parley.core.port.in.PromptPreview;
import dev.parley.core.port.in.PromptUse;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.UpdatePromptCommand;
import dev.parley.core.testing.MutableClock;
import dev.parley.core.testing.TestCore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The prompt library: ownership, templates only admins change, rendering, previews and uses. */
class PromptLibraryServiceTest {

    private TestCore core;
    private User alice;
    private User bob;
    private User admin;
    private Prompt template;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        bob = core.register("bob");
        core.useCases().createAdmin().ensureAdmin(new CreateAdminCommand("root", TestCore.PASSWORD));
        admin = core.ports().users().findAccountByUsername("root").orElseThrow().user();
        template = core.ports().prompts().create(null, draft("Summarize", "Summarize: {text}"),
                MutableClock.START);
    }

    private static PromptDraft draft(String title, String content) {
        return new PromptDraft(title, content, "summarization", "a description", Map.of("tags", List.of("t")));
    }

    private static UpdatePromptCommand retitle(User user, Prompt prompt, String title) {
        return new UpdatePromptCommand(user.id(), prompt.id(), Optional.of(title), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void aUsersPromptIsTheirsAloneAndEveryoneSeesTheTemplates() {
        Prompt mine = core.useCases().prompts().create(alice.id(), draft("Mine", "Hello {name}"));

        assertThat(core.useCases().prompts().get(new PromptCommand(alice.id(), mine.id())).title()).isEqualTo("Mine");
        assertThat(core.useCases().prompts().get(new PromptCommand(bob.id(), template.id())).isTemplate()).isTrue();
        assertThatThrownBy(() -> core.useCases().prompts().get(new PromptCommand(bob.id(), mine.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().prompts().update(retitle(bob, mine, "stolen")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().prompts().delete(new PromptCommand(bob.id(), mine.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(core.useCases().prompts().list(bob.id(), new PromptQuery(Optional.empty(), true, Optional.empty(),
                new PageRequest(1, 20))).items()).extracting(Prompt::title).containsExactly("Summarize");
        assertThat(core.useCases().prompts().list(alice.id(), new PromptQuery(Optional.empty(), false,
                Optional.empty(), new PageRequest(1, 20))).items()).extracting(Prompt::title).containsExactly("Mine");
    }

    @Test
    void templatesAreReadOnlyForUsersAndEditableByAdmins() {
        assertThatThrownBy(() -> core.useCases().prompts().update(retitle(alice, template, "Mine now")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> core.useCases().prompts().delete(new PromptCommand(alice.id(), template.id())))
                .isInstanceOf(ForbiddenException.class);

        Prompt edited = core.useCases().prompts().update(retitle(admin, template, "Summarise"));

        assertThat(edited.title()).isEqualTo("Summarise");
        assertThat(edited.content()).isEqualTo("Summarize: {text}");
        assertThat(edited.isTemplate()).isTrue();
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndABrokenTemplateIsRefused() {
        Prompt mine = core.useCases().prompts().create(alice.id(), draft("Mine", "Hello {name}"));

        Prompt updated = core.useCases().prompts().update(retitle(alice, mine, "Greeting"));

        assertThat(updated).extracting(Prompt::title, Prompt::content, Prompt::scenario, Prompt::description)
                .containsExactly("Greeting", "Hello {name}", "summarization", "a description");
        assertThatThrownBy(() -> core.useCases().prompts().update(new UpdatePromptCommand(alice.id(), mine.id(),
                Optional.empty(), Optional.of("Hello {name"), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
    }

    @Test
    void aPreviewRendersAsksTheModelCountsAUseAndChargesTheTokens() {
        core.model().replyWith(List.of("Short", " summary"), new TokenUsage(12, 2));

        PromptPreview preview = core.useCases().prompts().preview(new PreviewPromptCommand(alice.id(), template.id(),
                null, Map.of("text", "a long story"), null));

        assertThat(core.model().lastRequest().messages()).extracting(PromptMessage::content)
                .containsExactly("Summarize: a long story");
        assertThat(preview).isEqualTo(new PromptPreview("Short summary", 14, TestCore.DEFAULT_MODEL));
        assertThat(core.useCases().prompts().get(new PromptCommand(alice.id(), template.id())).usageCount())
                .isEqualTo(1);
        LocalDate today = LocalDate.ofInstant(MutableClock.START, ZoneOffset.UTC);
        assertThat(core.useCases().usage().usageOf(alice.id(), new UsageQuery(today, today)))
                .singleElement().satisfies(total -> assertThat(total.totalTokens()).isEqualTo(14));
    }

    @Test
    void aPreviewOfInlineContentNamesEveryMissingVariableAndCallsNoModel() {
        assertThatThrownBy(() -> core.useCases().prompts().preview(new PreviewPromptCommand(alice.id(), null,
                "Translate {text} into {language}", Map.of(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("variables");
                    assertThat(e.getMessage()).contains("language").contains("text");
                });
        assertThat(core.model().requests()).isEmpty();
    }

    @Test
    void aChatTurnMayNameAPromptWhichIsRenderedAndCounted() {
        core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), null, null, List.of(), null, true,
                false, new PromptUse(template.id(), Map.of("text", "the minutes"))), token -> { },
                new CancellationSignal());

        assertThat(core.model().lastRequest().messages()).extracting(PromptMessage::content)
                .containsExactly("Summarize: the minutes");
        assertThat(core.useCases().prompts().get(new PromptCommand(alice.id(), template.id())).usageCount())
                .isEqualTo(1);
    }

    @Test
    void aChatTurnNamingAnotherUsersPromptIsNotFoundAndStoresNothing() {
        Prompt bobs = core.useCases().prompts().create(bob.id(), draft("Bob's", "secret {x}"));

        assertThatThrownBy(() -> core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), null, null,
                List.of(), null, true, false, new PromptUse(bobs.id(), Map.of("x", "y"))), token -> { },
                new CancellationSignal())).isInstanceOf(NotFoundException.class);
        assertThat(core.model().requests()).isEmpty();
    }
}
