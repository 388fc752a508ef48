package dev.parley.core.domain.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Value with state: lets one thread stop work another thread is doing, such as a reply being
 * streamed. Thread-safe; cancelling twice is harmless; a callback registered after cancellation
 * runs at once.
 */
public final class CancellationSignal {

    private final List<Runnable> callbacks = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code callback} when the signal is cancelled, or now if it already is. */
    public void onCancel(Runnable callback) {
        synchronized (this) {
            if (!cancelled) {
                callbacks.add(callback);
                return;
            }
        }
        callback.run();
    }
}
