package dev.parley.llm.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.PromptMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Expected counts are o200k_base's, as tiktoken and jtokkit 1.1.0 give them. */
class JtokkitTokenCounterTest {

    private final JtokkitTokenCounter counter = new JtokkitTokenCounter();

    @Test
    void textIsCountedInO200kTokens() {
        assertThat(counter.countText("hello world")).isEqualTo(2);
        assertThat(counter.countText("Hello, world!")).isEqualTo(4);
        assertThat(counter.countText("The quick brown fox jumps over the lazy dog.")).isEqualTo(10);
        assertThat(counter.countText("Bonjour à tous 👋")).isEqualTo(5);
    }

    @Test
    void emptyOrMissingTextCostsNothing() {
        assertThat(counter.countText("")).isZero();
        assertThat(counter.countText(null)).isZero();
    }

    @Test
    void specialTokenTextIsCountedAsOrdinaryTextInsteadOfFailing() {
        assertThat(counter.countText("<|endoftext|>")).isEqualTo(7);
    }

    @Test
    void aLoneSurrogateIsCountedInsteadOfFailing() {
        assertThat(counter.countText("\uD800 lone")).isEqualTo(2);
    }

    @Test
    void aPromptCostsItsMessagesWithTheirRolesAndFramingPlusThePriming() {
        List<PromptMessage> prompt = List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.USER, "hello world"));

        // 3 priming + (3 framing + 1 role + 4 text) + (3 framing + 1 role + 2 text)
        assertThat(counter.countPrompt(prompt)).isEqualTo(17);
    }

    @Test
    void everyImageCostsAFlatRate() {
        ImageInput image = new ImageInput("https://example.com/cat.png");
        List<PromptMessage> prompt = List.of(
                new PromptMessage(Role.USER, "Describe this picture.", List.of(image, image)));

        // 3 priming + 3 framing + 1 role + 4 text + 2 images
        assertThat(counter.countPrompt(prompt)).isEqualTo(3 + 3 + 1 + 4 + 2 * JtokkitTokenCounter.PER_IMAGE);
        assertThat(JtokkitTokenCounter.PER_IMAGE).isEqualTo(85);
    }

    @Test
    void anEmptyPromptCostsNothing() {
        assertThat(counter.countPrompt(List.of())).isZero();
        assertThat(counter.countPrompt(null)).isZero();
    }

    @Test
    void concurrentCountsAgree() throws Exception {
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(200);
        int expected = new JtokkitTokenCounter().countText(text);
        List<Future<Integer>> counts = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 64; i++) {
                counts.add(threads.submit(() -> counter.countText(text)));
            }
            for (Future<Integer> count : counts) {
                assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        }
        assertThat(expected).isGreaterThan(1000);
    }
}
