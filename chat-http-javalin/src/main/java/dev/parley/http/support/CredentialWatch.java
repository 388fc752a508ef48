package dev.parley.http.support;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks again, every interval from a virtual thread, whether a reply's caller is still authenticated,
 * and runs {@code onRevoked} once when they no longer are. The question goes to the core, which reads
 * the store, so a revocation made on any node is seen. A check that fails (the store unreachable) is
 * logged and tried again at the next interval rather than taken as a revocation.
 */
final class CredentialWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialWatch.class);

    private final Caller caller;
    private final long intervalNanos;
    private final Runnable onRevoked;
    // A lock rather than synchronized: on Java 21 a virtual thread blocked in synchronized pins its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition closing = lock.newCondition();
    private boolean closed;

    private CredentialWatch(Caller caller, Duration interval, Runnable onRevoked) {
        this.caller = caller;
        this.intervalNanos = interval.toNanos();
        this.onRevoked = onRevoked;
    }

    static CredentialWatch start(Caller caller, Duration interval, Runnable onRevoked) {
        CredentialWatch watch = new CredentialWatch(caller, interval, onRevoked);
        Thread.ofVirtual().name("parley-credential-watch").start(watch::watch);
        return watch;
    }

    /** Stops checking; a check already under way may still finish. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            closing.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void watch() {
        while (awaitInterval()) {
            boolean authenticated;
            try {
                authenticated = caller.stillAuthenticated();
            } catch (RuntimeException e) {
                LOG.warn("Could not re-check the credential of {}; trying again later: {}", caller, e.toString());
                LOG.debug("The re-check failed", e);
                continue;
            }
            if (!authenticated) {
                LOG.debug("The credential of {} was revoked while a reply was in flight", caller);
                onRevoked.run();
                return;
            }
        }
    }

    /** Waits one interval; false once closed. */
    private boolean awaitInterval() {
        lock.lock();
        try {
            long left = intervalNanos;
            while (!closed && left > 0) {
                left = closing.awaitNanos(left);
            }
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
