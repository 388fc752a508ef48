package dev.parley.llm.http;

import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Test support: what every provider fake offers, delegated to the {@link FakeProviderServer} it
 * holds. A fake adds its wire format: its settings, its transcripts, its filler frames.
 */
public interface FakeProvider extends AutoCloseable {

    FakeProviderServer server();

    default void enqueue(MockResponse response) {
        server().enqueue(response);
    }

    /** Answers every request not served by the queue. */
    default void answerAlways(Function<RecordedRequest, MockResponse> responder) {
        server().answerAlways(responder);
    }

    /** Sends {@code first}, then nothing at all until the fake is closed. */
    default MockResponse stallAfter(String first) {
        return server().stallAfter(first);
    }

    default boolean clientHungUp() {
        return server().clientHungUp();
    }

    default int requestCount() {
        return server().requestCount();
    }

    default RecordedRequest takeRequest() {
        return server().takeRequest();
    }

    @Override
    default void close() {
        server().close();
    }
}
