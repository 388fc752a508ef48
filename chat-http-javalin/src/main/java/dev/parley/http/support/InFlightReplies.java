package dev.parley.http.support;

import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * HTTP support: the replies being generated right now. Stopping the server cancels them and waits
 * until the core has stored what each had received; once stopping has begun, new replies are refused
 * with 503. A user may have at most so many replies running at once; one more is refused with 429
 * "Too many concurrent streams", and a slot comes free when a reply's handler closes it (however the
 * reply ended). While a reply runs, its caller's credential is re-checked through the core every interval,
 * and the reply is cancelled (the core then keeps it as partial) once the credential stops working.
 * Thread-safe.
 */
public final class InFlightReplies {

    public static final String STOPPING = "The server is shutting down";
    public static final String REVOKED = "Credentials revoked";
    public static final String TOO_MANY = "Too many concurrent streams";

    /** One reply in flight: its handler sends with {@link #cancellation()} and closes this once it has answered. */
    public final class Reply implements AutoCloseable {

        private final CancellationSignal cancellation = new CancellationSignal();
        private final UserId user;
        private final CredentialWatch credential;
        private volatile boolean revoked;

        private Reply(Caller caller) {
            user = caller.user().id();
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
    private final int maxPerUser;

    // A lock rather than synchronized: on Java 21 a virtual thread blocked in synchronized pins its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allFinished = lock.newCondition();
    private final Set<Reply> running = new HashSet<>();
    private final Map<UserId, Integer> runningPerUser = new HashMap<>();
    private boolean stopping;

    /**
     * Replies whose callers' credentials are re-checked every {@code credentialRecheck}, at most
     * {@code maxPerUser} of them running at once for any one user.
     */
    public InFlightReplies(Duration credentialRecheck, int maxPerUser) {
        this.credentialRecheck = Objects.requireNonNull(credentialRecheck, "credentialRecheck");
        if (maxPerUser < 1) {
            throw new IllegalArgumentException("maxPerUser must be positive: " + maxPerUser);
        }
        this.maxPerUser = maxPerUser;
    }

    /**
     * Registers a reply about to start for {@code caller}.
     *
     * @throws HttpProblem 503 once the server has begun stopping; 429 when the caller has as many
     *     replies running as a user may
     */
    public Reply start(Caller caller) {
        lock.lock();
        try {
            if (stopping) {
                throw HttpProblem.of(503, STOPPING);
            }
            if (runningPerUser.getOrDefault(caller.user().id(), 0) >= maxPerUser) {
                throw HttpProblem.of(429, TOO_MANY);
            }
            Reply reply = new Reply(caller);
            running.add(reply);
            runningPerUser.merge(reply.user, 1, Integer::sum);
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
            if (running.remove(reply)) {
                runningPerUser.computeIfPresent(reply.user, (user, count) -> count > 1 ? count - 1 : null);
            }
            if (running.isEmpty()) {
                allFinished.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
