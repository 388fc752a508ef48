package dev.parley.llm.resilience;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread every {@link ResilientChatModel} shares to notice a call that has waited too
 * long. Its tasks only set a flag and cancel a signal, which closes a connection at once, so one
 * daemon thread serves any number of calls; a cancelled alarm leaves the queue at once, so finished
 * calls leave nothing behind. Thread-safe.
 */
final class Watchdog {

    static final Watchdog SHARED = new Watchdog();

    private final ScheduledThreadPoolExecutor timer;

    private Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "parley-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code alarm} once {@code delay} has passed, unless the returned future is cancelled first. */
    Future<?> after(Duration delay, Runnable alarm) {
        return timer.schedule(alarm, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}
