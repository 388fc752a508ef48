package dev.parley.llm.web;

import static dev.parley.llm.web.FetchTestPolicies.PUBLIC_AND_LOOPBACK;
import static dev.parley.llm.web.SafeFetcherTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeFetcherLimitsTest {

    private static final int MAX_BYTES = 64 * 1024;
    private static final String TEXT = "text/plain";

    private final FakeProviderServer site = FakeProviderServer.start(TEXT,
            request -> FakeProviderServer.whole(200, TEXT, "ok").build());
    private final ProviderHttp http = ProviderHttp.create();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        site.close();
        callers.shutdownNow();
        http.close();
    }

    @Test
    void aPageOfExactlyTheLimitIsFetched() {
        site.enqueue(FakeProviderServer.chunked(TEXT, "x".repeat(MAX_BYTES), 4096));

        assertThat(fetcher(Duration.ofSeconds(10)).fetch(local(), new CancellationSignal()).size()).isEqualTo(MAX_BYTES);
    }

    @Test
    void anEndlessPageFailsOnceItPassesTheLimitAndIsNotReadFurther() {
        AtomicLong sent = new AtomicLong();
        CountDownLatch hungUp = new CountDownLatch(1);
        long offered = 256L * 1024 * 1024;
        site.enqueue(FakeProviderServer.streaming(TEXT, sink -> {
            byte[] block = new byte[8192];
            try {
                while (sent.get() < offered) {
                    sink.write(block).flush();
                    sent.addAndGet(block.length);
                }
            } catch (IOException clientHungUp) {
                hungUp.countDown();
            }
        }));

        assertThat(refusal(fetcher(Duration.ofSeconds(10)), local()).getMessage())
                .isEqualTo("The page at 127.0.0.1 is larger than 64 KiB, the most Parley fetches.");
        await().atMost(Duration.ofSeconds(5)).until(() -> hungUp.getCount() == 0);
        // What sits in the sockets' buffers aside, the fetcher stopped reading at the limit.
        assertThat(sent.get()).isLessThan(offered / 8);
    }

    @Test
    void aPageAnnouncedLargerThanTheLimitIsRefusedUnread() {
        site.enqueue(FakeProviderServer.whole(200, TEXT, "x".repeat(MAX_BYTES + 1)).build());

        assertThat(refusal(fetcher(Duration.ofSeconds(10)), local()).getMessage()).contains("larger than 64 KiB");
    }

    @Test
    void aTricklingPageRunsOutOfTime() {
        site.enqueue(new MockResponse.Builder().body("x".repeat(10_000)).throttleBody(10, 100, TimeUnit.MILLISECONDS)
                .build());
        long start = System.nanoTime();

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> fetcher(Duration.ofMillis(500)).fetch(local(), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The page at 127.0.0.1 did not load within 500 ms.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theTimeLimitCoversAllRedirectsTogether() {
        // Each answer comes well within the limit; the three together do not.
        for (int hop = 0; hop < 2; hop++) {
            site.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/next")
                    .headersDelay(300, TimeUnit.MILLISECONDS).build());
        }
        site.enqueue(new MockResponse.Builder().body("ok").headersDelay(300, TimeUnit.MILLISECONDS).build());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> fetcher(Duration.ofMillis(700)).fetch(local(), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(site.requestCount()).isEqualTo(3);
    }

    @Test
    void aSignalCancelledBeforehandSendsNoRequest() {
        CancellationSignal signal = new CancellationSignal();
        signal.cancel();

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(10)).fetch(local(), signal))
                .isInstanceOf(CancelledException.class);
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void cancellingWhileTheSiteIsSilentEndsTheFetchAtOnce() {
        site.enqueue(site.stallAfter("<html>"));
        CancellationSignal signal = new CancellationSignal();
        SafeFetcher patient = fetcher(Duration.ofSeconds(30));

        Future<FetchedPage> fetching = callers.submit(() -> patient.fetch(local(), signal));
        site.takeRequest();
        signal.cancel();

        // The site stalls for a minute and the limits allow 30 s: only the cancel ends it this soon.
        assertThatThrownBy(() -> fetching.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CancelledException.class);
    }

    private SafeFetcher fetcher(Duration totalTime) {
        return new SafeFetcher(http, new FetchLimits(MAX_BYTES, totalTime, 5), PUBLIC_AND_LOOPBACK);
    }

    private URI local() {
        return URI.create("http://127.0.0.1:" + site.port() + "/");
    }
}
