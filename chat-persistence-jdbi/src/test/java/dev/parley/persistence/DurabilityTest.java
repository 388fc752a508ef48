package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.message.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A commit the store acknowledged survives the process being killed with SIGKILL right after. */
class DurabilityTest {

    private static final int ACKS_BEFORE_KILL = 200;
    private static final int MOST_APPENDS = 100_000;

    @TempDir
    Path dataDir;

    @TempDir
    Path logDir;

    private final List<String> childOutput = new CopyOnWriteArrayList<>();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedAppendIsStillThereAfterTheWriterIsKilled() throws Exception {
        Path childLog = logDir.resolve("child.log");
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                AppendingChild.class.getName(), dataDir.toString(), Integer.toString(MOST_APPENDS))
                .redirectError(childLog.toFile())
                .start();
        Thread reader = Thread.ofVirtual().start(() -> readLines(child));
        try {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> acknowledged().size() >= ACKS_BEFORE_KILL || !child.isAlive());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(Duration.ofSeconds(30));

        List<String> acknowledged = acknowledged();
        assertThat(acknowledged).as("acknowledgements before the kill; child log:%n%s", Files.readString(childLog))
                .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        try (JdbiPersistence reopened = JdbiPersistence.open(DatabaseSettings.h2File(dataDir))) {
            List<Message> stored = reopened.messages().listByConversation(conversation());
            assertThat(stored.stream().map(message -> message.sequence() + " " + message.content()).toList())
                    .startsWith(acknowledged.toArray(String[]::new));
        }
    }

    private void readLines(Process child) {
        try (BufferedReader lines = child.inputReader()) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                childOutput.add(line);
            }
        } catch (IOException e) {
            // The kill can cut the pipe mid-line; the lines read so far are what counts.
        }
    }

    private List<String> acknowledged() {
        return childOutput.stream()
                .filter(line -> line.startsWith(AppendingChild.ACK))
                .map(line -> line.substring(AppendingChild.ACK.length()))
                .toList();
    }

    private ConversationId conversation() {
        String line = childOutput.stream().filter(l -> l.startsWith(AppendingChild.CONVERSATION)).findFirst().orElseThrow();
        return new ConversationId(Long.parseLong(line.substring(AppendingChild.CONVERSATION.length()).split(" ")[0]));
    }
}
