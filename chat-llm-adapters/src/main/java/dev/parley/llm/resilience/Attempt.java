package dev.parley.llm.resilience;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * One attempt of a {@link ResilientCall}: the delegate runs it with the attempt's own signal, which a
 * timeout or the call cancels, and hands its pieces to this sink, which passes them to the caller's
 * until the attempt is stopped and never after. For a stream it keeps the first-token and idle clocks.
 * Its state is guarded by the call's lock: the caller's thread runs it, the watchdog and whoever
 * cancels the call stop it.
 */
final class Attempt implements TokenSink {

    private final ResilientCall call;
    private final ResilienceSettings settings;
    private final TokenSink sink;
    private final CancellationSignal signal = new CancellationSignal();
    private Stop stop;
    private boolean finished;
    private boolean relayed;
    private boolean sinkBusy;
    private boolean idleClock;
    private long quietSince;
    private Future<?> alarm;
    private RuntimeException sinkFailure;

    /** {@code sink} is the caller's, or null for a whole reply, which has no first-token or idle clock. */
    Attempt(ResilientCall call, ResilienceSettings settings, TokenSink sink) {
        this.call = call;
        this.settings = settings;
        this.sink = sink;
    }

    CancellationSignal signal() {
        return signal;
    }

    /** Runs {@code body}; once the attempt was stopped, whatever it did ends in the stop's failure. */
    ModelReply run(ResilientCall.Body body) {
        if (sink != null) {
            synchronized (call) {
                quietSince = System.nanoTime();
                alarm = call.watchdog().after(settings.firstTokenTimeout(), this::checkSilence);
            }
        }
        ModelReply reply;
        try {
            reply = body.run(this);
        } catch (RuntimeException failure) {
            Stop why = finish();
            if (failure == sinkFailure || why == null) {
                throw failure;
            }
            throw call.failure(why, failure);
        }
        Stop why = finish();
        if (why != null) {
            // The reply may hold pieces the caller never got, so it cannot be returned as if whole.
            throw call.failure(why, null);
        }
        return reply;
    }

    @Override
    public void accept(String piece) {
        synchronized (call) {
            if (stop != null || finished) {
                throw new CancelledException();
            }
            relayed = true;
            sinkBusy = true;
        }
        try {
            sink.accept(piece);
        } catch (RuntimeException fromCaller) {
            sinkFailure = fromCaller;
            throw fromCaller;
        } finally {
            afterPiece();
        }
    }

    /** Whether another attempt may follow this failure: nothing reached the caller and it is not the caller's own. */
    boolean mayRetryAfter(RuntimeException failure) {
        synchronized (call) {
            return !relayed && failure != sinkFailure;
        }
    }

    /** Stops the attempt for {@code why} unless it already ended or stopped. */
    void stop(Stop why) {
        synchronized (call) {
            if (finished || stop != null) {
                return;
            }
            stop = why;
        }
        signal.cancel();
    }

    private void afterPiece() {
        synchronized (call) {
            sinkBusy = false;
            quietSince = System.nanoTime();
            if (!idleClock && stop == null) {
                // The alarm is only ever pushed back; the idle limit may be due before the first-token one.
                idleClock = true;
                alarm.cancel(false);
                alarm = call.watchdog().after(settings.idleTimeout(), this::checkSilence);
            }
        }
    }

    /**
     * The alarm: one per attempt, re-armed for the time left rather than replaced on every piece, so a
     * fast stream costs a clock reading per piece instead of a timer.
     */
    private void checkSilence() {
        synchronized (call) {
            if (finished || stop != null) {
                return;
            }
            Duration limit = relayed ? settings.idleTimeout() : settings.firstTokenTimeout();
            long left = sinkBusy ? limit.toNanos() : quietSince + limit.toNanos() - System.nanoTime();
            if (left > 0) {
                alarm = call.watchdog().after(Duration.ofNanos(left), this::checkSilence);
                return;
            }
            stop = relayed ? Stop.IDLE : Stop.FIRST_TOKEN;
        }
        signal.cancel();
    }

    private Stop finish() {
        synchronized (call) {
            finished = true;
            if (alarm != null) {
                alarm.cancel(false);
            }
            return stop;
        }
    }
}
