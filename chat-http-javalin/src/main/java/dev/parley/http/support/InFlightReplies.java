package dev.parley.http.support;

import dev.parley.core.domain.message.CancellationSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * HTTP support: the replies being generated right now. Stopping the server cancels them and waits
 * until the core has stored what each had received; once stopping has begun, new replies are refused
 * with 503. While a reply runs, its caller's credential is re-checked through the core every interval,
 * and the reply is cancelled (the core then keeps it as partial) once the credential stops working.
 * Thread-safe.
 */
public final class InFlightReplies {

    public static final String STOPPING = "The server is shutting down";
    public static final String REVOKED = "Credentials revoked";

    /** One reply in flight: its handler sends with {@link #cancellation()} and closes this once it has answered. */
    public final class Reply implements AutoCloseable {

        private final CancellationSignal cancellation = new CancellationSignal();
        private final CredentialWatch credential;
        private volatile boolean revoked;

        private Reply(Caller caller) {
            credential = CredentialWatch.start(caller, credentialRecheck, this::revoke);
        }

        public CancellationSignal cancellation() {
            return cancellation;
        }

        /** Whether the reply was cancelled because its caller's credential was revoked while it ran. */
        public boolean credentialsRevoked() {
            return revoked;
        }

        @Override
        public void close() {
            credential.close();
            finished(this);
        }

        private void revoke() {
            revoked = true;
            cancellation.cancel();
        }
    }

    private final Duration credentialRecheck;

    // A lock rather than synchronized: on Java 21 a virtual thread blocked in synchronized pins its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allFinished = lock.newCondition();
    private final Set<Reply> running = new HashSet<>();
    private boolean stopping;

    /** Replies whose callers' credentials are re-checked every {@code credentialRecheck}. */
    public InFlightReplies(Duration credentialRecheck) {
        this.credentialRecheck = Objects.requireNonNull(credentialRecheck, "credentialRecheck");
    }

    /**
     * Registers a reply about to start for {@code caller}.
     *
     * @throws HttpProblem 503 once the server has begun stopping
     */
    public Reply start(Caller caller) {
        lock.lock();
        try {
            if (stopping) {
                throw HttpProblem.of(503, STOPPING);
            }
            Reply reply = new Reply(caller);
            running.add(reply);
            return reply;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the server has begun stopping, so that a cancelled reply can say why. */
    public boolean isStopping() {
        lock.lock();
        try {
            return stopping;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses new replies, cancels every running one, and waits up to {@code grace} for their handlers
     * to finish. Returns how many were still running when it gave up (0 when all finished).
     */
    public int stop(Duration grace) {
        List<Reply> toCancel;
        lock.lock();
        try {
            stopping = true;
            toCancel = new ArrayList<>(running);
        } finally {
            lock.unlock();
        }
        // Outside the lock: cancelling runs the model adapters' callbacks.
        toCancel.forEach(reply -> reply.cancellation.cancel());
        long deadline = System.nanoTime() + grace.toNanos();
        lock.lock();
        try {
            long left = deadline - System.nanoTime();
            while (!running.isEmpty() && left > 0) {
                left = allFinished.awaitNanos(left);
            }
            return running.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return running.size();
        } finally {
            lock.unlock();
        }
    }

    private void finished(Reply reply) {
        lock.lock();
        try {
            running.remove(reply);
            if (running.isEmpty()) {
                allFinished.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
