package dev.parley.llm.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.WebSource;
import dev.parley.llm.http.ProviderHttp;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearxngCancellationTest {

    private final FakeSearxng fake = FakeSearxng.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final SearxngWebSearch search = new SearxngWebSearch(fake.settings(), http);
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        fake.close();
        callers.shutdownNow();
        http.close();
    }

    @Test
    void aSignalCancelledBeforehandSendsNoRequest() {
        CancellationSignal signal = new CancellationSignal();
        signal.cancel();

        assertThatThrownBy(() -> search.search("anything", 5, signal)).isInstanceOf(CancelledException.class);
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void cancellingWhileSearxngIsSilentEndsTheSearchAtOnce() throws Exception {
        fake.enqueue(fake.stallAfter("{\"results\": ["));
        CancellationSignal signal = new CancellationSignal();

        Future<List<WebSource>> searching = callers.submit(() -> search.search("anything", 5, signal));
        fake.takeRequest();
        signal.cancel();

        // The fake stalls for a minute and the settings allow 30 s: only the cancel ends it this soon.
        assertThatThrownBy(() -> searching.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CancelledException.class);
    }

    @Test
    void cancellingAfterTheSearchChangesNothing() {
        fake.enqueue(FakeSearxng.json(FakeSearxng.read("search.json")));
        CancellationSignal signal = new CancellationSignal();

        List<WebSource> sources = search.search("anything", 5, signal);
        signal.cancel();

        assertThat(sources).hasSize(5);
    }
}
