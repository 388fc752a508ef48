package dev.parley.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link BlobStore}; every implementation's test extends it. */
public abstract class BlobStoreContract {

    protected BlobStore blobs;

    /** A new, empty store; called before each test. */
    protected abstract BlobStore newBlobStore();

    /** Releases the store; called after each test. */
    protected void closeBlobStore() {
    }

    @BeforeEach
    final void openBlobStore() {
        blobs = newBlobStore();
    }

    @AfterEach
    final void releaseBlobStore() {
        closeBlobStore();
    }

    @Test
    void writtenBytesReadBackExactlyWhateverTheirSize() {
        byte[] large = random(3 * 1024 * 1024 + 7, 1);
        blobs.write("empty", new byte[0]);
        blobs.write("one", new byte[] {42});
        blobs.write("large", large);

        assertThat(readAll("empty")).isEmpty();
        assertThat(readAll("one")).containsExactly(42);
        assertSameBytes(readAll("large"), large);
    }

    @Test
    void everyByteValueSurvivesTheRoundTrip() {
        byte[] all = new byte[512];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i % 256);
        }
        blobs.write("bytes", all);

        assertSameBytes(readAll("bytes"), all);
    }

    @Test
    void keysOfEveryAllowedCharacterAndTheLongestLengthAreKeptApart() {
        String longest = "k".repeat(63) + "z";
        List<String> keys = List.of("0f8fad5b-d9cb-469f-a165-70867728950e", "A", "a1", "under_score-dash", longest,
                longest.substring(1) + "y");
        keys.forEach(key -> blobs.write(key, key.getBytes(StandardCharsets.UTF_8)));

        keys.forEach(key -> assertThat(readAll(key)).asString(StandardCharsets.UTF_8).isEqualTo(key));
    }

    @Test
    void writingAnExistingKeyReplacesItsBytes() {
        blobs.write("doc", random(10_000, 2));
        blobs.write("doc", "short".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll("doc")).asString(StandardCharsets.UTF_8).isEqualTo("short");
    }

    @Test
    void changingTheWrittenArrayAfterwardsDoesNotChangeTheBlob() {
        byte[] bytes = {1, 2, 3};
        blobs.write("doc", bytes);
        bytes[0] = 9;

        assertThat(readAll("doc")).containsExactly(1, 2, 3);
    }

    @Test
    void readingAKeyNothingWasWrittenUnderIsNotFound() {
        blobs.write("present", new byte[] {1});

        assertThatThrownBy(() -> blobs.read("absent")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedBlobIsNotFoundAndTheOthersStay() {
        blobs.write("gone", new byte[] {1});
        blobs.write("kept", new byte[] {2});

        blobs.delete("gone");

        assertThatThrownBy(() -> blobs.read("gone")).isInstanceOf(NotFoundException.class);
        assertThat(readAll("kept")).containsExactly(2);
    }

    @Test
    void deletingTwiceOrAKeyNeverWrittenDoesNothing() {
        blobs.write("doc", new byte[] {1});

        blobs.delete("doc");
        blobs.delete("doc");
        blobs.delete("never-written");

        assertThatThrownBy(() -> blobs.read("doc")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aKeyCanBeWrittenAgainAfterItWasDeleted() {
        blobs.write("doc", new byte[] {1});
        blobs.delete("doc");
        blobs.write("doc", new byte[] {2});

        assertThat(readAll("doc")).containsExactly(2);
    }

    @Test
    void manyKeysWrittenReadAndDeletedFromManyThreadsAtOnceKeepTheirOwnBytes() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    String key = "t" + thread + "-" + i;
                    byte[] bytes = random(1 + (thread * perThread + i) * 97 % 20_000, thread * 1000L + i);
                    blobs.write(key, bytes);
                    assertSameBytes(readAll(key), bytes);
                    if (i % 5 == 0) {
                        blobs.delete(key);
                    }
                }
                return null;
            });
        }
        runTogether(work);

        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                String key = "t" + t + "-" + i;
                if (i % 5 == 0) {
                    assertThatThrownBy(() -> blobs.read(key)).isInstanceOf(NotFoundException.class);
                } else {
                    assertSameBytes(readAll(key), random(1 + (t * perThread + i) * 97 % 20_000, t * 1000L + i));
                }
            }
        }
    }

    @Test
    void racingWritesOfOneKeyLeaveOneWholeVersionAndReadersNeverSeeAMixture() throws Exception {
        int writers = 6;
        int rounds = 10;
        // Each round's key is new, so the writers race to create it as well as to replace it.
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Callable<Void>> work = new ArrayList<>();
        for (int v = 0; v < writers; v++) {
            byte[] version = version(v);
            work.add(() -> {
                try {
                    for (int round = 0; round < rounds; round++) {
                        start.await(30, TimeUnit.SECONDS);
                        blobs.write("race-" + round, version);
                        blobs.write("race-" + round, version);
                        assertWholeVersion(readAll("race-" + round), writers);
                    }
                    return null;
                } catch (RuntimeException | AssertionError failure) {
                    start.reset(); // the others stop waiting for this writer at once
                    throw failure;
                }
            });
        }
        runTogether(work);

        for (int round = 0; round < rounds; round++) {
            assertWholeVersion(readAll("race-" + round), writers);
        }
    }

    /** The whole blob under {@code key}, closing the stream. */
    protected final byte[] readAll(String key) {
        try (InputStream in = blobs.read(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Version {@code v} of a blob: every byte is {@code v}, so a mixture of versions shows. */
    private static byte[] version(int v) {
        byte[] bytes = new byte[200_000];
        Arrays.fill(bytes, (byte) v);
        return bytes;
    }

    private static void assertWholeVersion(byte[] bytes, int versions) {
        assertThat(bytes.length).as("length").isEqualTo(200_000);
        int first = bytes[0];
        assertThat(first).as("version").isBetween(0, versions - 1);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != first) {
                throw new AssertionError("byte " + i + " is of version " + bytes[i] + ", byte 0 of version " + first);
            }
        }
    }

    /** Like AssertJ's array equality, but says where the bytes differ instead of printing megabytes. */
    protected static void assertSameBytes(byte[] actual, byte[] expected) {
        assertThat(actual.length).as("length").isEqualTo(expected.length);
        int mismatch = Arrays.mismatch(actual, expected);
        assertThat(mismatch).as("index of the first differing byte").isEqualTo(-1);
    }

    /** Runs every task at once; the first task failure, not a barrier broken by it, is the one thrown. */
    private static void runTogether(List<Callable<Void>> work) throws Exception {
        Exception failure = null;
        try (ExecutorService pool = Executors.newFixedThreadPool(work.size())) {
            for (Future<Void> result : pool.invokeAll(work)) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (failure == null || failure.getCause() instanceof BrokenBarrierException) {
                        failure = e;
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
