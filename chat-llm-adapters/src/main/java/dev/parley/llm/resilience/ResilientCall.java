package dev.parley.llm.resilience;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ParleyException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of a {@link ResilientChatModel}: its attempts, the waits between them, and what stops it
 * (the caller's cancellation, the total timeout). Runs on the caller's thread; the watchdog and
 * whoever cancels the caller's signal stop it under its lock.
 */
final class ResilientCall {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientChatModel.class);

    /** What one attempt does with the delegate. */
    @FunctionalInterface
    interface Body {
        ModelReply run(Attempt attempt);
    }

    private final String provider;
    private final ResilienceSettings settings;
    private final Backoff backoff;
    private final Watchdog watchdog;
    private final CancellationSignal caller;
    private final long startNanos = System.nanoTime();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Stop stop;
    private Attempt current;

    ResilientCall(String provider, ResilienceSettings settings, Backoff backoff, Watchdog watchdog,
            CancellationSignal caller) {
        this.provider = provider;
        this.settings = settings;
        this.backoff = backoff;
        this.watchdog = watchdog;
        this.caller = caller;
    }

    /** Runs attempts of {@code body} until one succeeds or a failure may not be retried; {@code sink} is null for a whole reply. */
    ModelReply run(TokenSink sink, Body body) {
        if (caller.isCancelled()) {
            throw new CancelledException();
        }
        caller.onCancel(() -> stop(Stop.CALLER));
        Future<?> total = watchdog.after(settings.totalTimeout(), () -> stop(Stop.TOTAL));
        try {
            for (int number = 1; ; number++) {
                Attempt attempt = begin(sink);
                try {
                    return attempt.run(body);
                } catch (ProviderException failure) {
                    Duration wait = waitBeforeRetry(attempt, failure, number);
                    if (wait == null) {
                        throw failure;
                    }
                    LOG.info("Provider {} failed ({}, HTTP {}); attempt {} of {} starts in {} ms", provider,
                            failure.kind(), failure.upstreamStatus(), number + 1, settings.maxAttempts(),
                            wait.toMillis());
                    pause(wait);
                }
            }
        } finally {
            total.cancel(false);
        }
    }

    Watchdog watchdog() {
        return watchdog;
    }

    ParleyException failure(Stop why, Throwable cause) {
        return why.failure(settings, provider, cause);
    }

    private Attempt begin(TokenSink sink) {
        synchronized (this) {
            if (stop != null) {
                throw failure(stop, null);
            }
            current = new Attempt(this, settings, sink);
            return current;
        }
    }

    /** The wait before the next attempt, or null when there must be none. */
    private Duration waitBeforeRetry(Attempt attempt, ProviderException failure, int number) {
        synchronized (this) {
            if (stop != null) {
                return null;
            }
        }
        if (number >= settings.maxAttempts() || !failure.isTransient() || !attempt.mayRetryAfter(failure)) {
            return null;
        }
        Duration wait = failure.retryAfter() != null ? failure.retryAfter()
                : backoff.before(number, ThreadLocalRandom.current());
        Duration nextStart = Duration.ofNanos(System.nanoTime() - startNanos).plus(wait);
        return nextStart.compareTo(settings.retryDeadline()) > 0 ? null : wait;
    }

    /** Waits, ending early when the call is stopped; the next {@link #begin} then throws. */
    private void pause(Duration wait) {
        try {
            stopped.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Stop.CALLER);
        }
    }

    private void stop(Stop why) {
        Attempt attempt;
        synchronized (this) {
            if (stop != null) {
                return;
            }
            stop = why;
            attempt = current;
        }
        stopped.countDown();
        if (attempt != null) {
            attempt.stop(why);
        }
    }
}
