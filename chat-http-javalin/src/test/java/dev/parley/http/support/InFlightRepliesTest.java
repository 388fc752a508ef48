package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class InFlightRepliesTest {

    private static final User ALICE = new User(new UserId(1), "alice", Instant.EPOCH);
    private static final Caller AUTHENTICATED = new Caller(ALICE, () -> true);

    private final InFlightReplies replies = new InFlightReplies(Duration.ofMillis(10), 4);

    @Test
    void stoppingCancelsEveryRunningReplyAndEndsOnceTheyHaveFinished() {
        InFlightReplies.Reply first = replies.start(AUTHENTICATED);
        InFlightReplies.Reply second = replies.start(AUTHENTICATED);
        first.cancellation().onCancel(first::close);
        second.cancellation().onCancel(second::close);

        int unfinished = replies.stop(Duration.ofSeconds(10));

        assertThat(unfinished).isZero();
        assertThat(first.cancellation().isCancelled()).isTrue();
        assertThat(second.cancellation().isCancelled()).isTrue();
        assertThat(first.credentialsRevoked()).isFalse();
    }

    @Test
    void aReplyThatFinishedBeforeStoppingIsNotCancelled() {
        InFlightReplies.Reply done = replies.start(AUTHENTICATED);
        done.close();

        assertThat(replies.stop(Duration.ZERO)).isZero();
        assertThat(done.cancellation().isCancelled()).isFalse();
    }

    @Test
    void stoppingGivesUpAfterTheGraceAndTellsHowManyRepliesStillRun() {
        InFlightReplies.Reply stuck = replies.start(AUTHENTICATED);

        assertThat(replies.stop(Duration.ofMillis(20))).isEqualTo(1);
        assertThat(stuck.cancellation().isCancelled()).isTrue();
        stuck.close();
    }

    @Test
    void onceStoppingANewReplyIsRefusedWith503() {
        replies.stop(Duration.ZERO);

        assertThat(replies.isStopping()).isTrue();
        assertThatThrownBy(() -> replies.start(AUTHENTICATED)).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.detail()).isEqualTo("The server is shutting down");
        });
    }

    @Test
    void aUserRunningAsManyRepliesAsAllowedIsRefused429UntilOneIsClosed() {
        InFlightReplies two = new InFlightReplies(Duration.ofMillis(10), 2);
        InFlightReplies.Reply first = two.start(AUTHENTICATED);
        InFlightReplies.Reply second = two.start(AUTHENTICATED);

        assertThatThrownBy(() -> two.start(AUTHENTICATED)).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(429);
            assertThat(problem.detail()).isEqualTo("Too many concurrent streams");
        });
        two.start(new Caller(new User(new UserId(2), "bob", Instant.EPOCH), () -> true)).close();
        first.close();
        // Closing twice frees one slot only.
        first.close();
        InFlightReplies.Reply third = two.start(AUTHENTICATED);
        assertThatThrownBy(() -> two.start(AUTHENTICATED)).isInstanceOf(HttpProblem.class);
        second.close();
        third.close();
    }

    @Test
    void aReplyWhoseCredentialIsRevokedIsCancelledAndSaysWhy() {
        AtomicBoolean valid = new AtomicBoolean(true);
        InFlightReplies.Reply reply = replies.start(new Caller(ALICE, valid::get));

        valid.set(false);

        await().atMost(Duration.ofSeconds(10)).until(() -> reply.cancellation().isCancelled());
        assertThat(reply.credentialsRevoked()).isTrue();
        reply.close();
    }

    @Test
    void aReplyWhoseCredentialHoldsKeepsRunningWhileItIsCheckedAgainAndAgain() {
        Checks checks = new Checks(() -> true);
        try (InFlightReplies.Reply reply = replies.start(new Caller(ALICE, checks))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> checks.count() >= 3);

            assertThat(reply.cancellation().isCancelled()).isFalse();
            assertThat(reply.credentialsRevoked()).isFalse();
        }
    }

    @Test
    void aCheckThatFailsIsTriedAgainRatherThanTakenAsARevocation() {
        Checks checks = new Checks(new BooleanSupplier() {
            private int calls;

            @Override
            public boolean getAsBoolean() {
                if (++calls <= 2) {
                    throw new IllegalStateException("the store is unreachable");
                }
                return false;
            }
        });
        InFlightReplies.Reply reply = replies.start(new Caller(ALICE, checks));

        await().atMost(Duration.ofSeconds(10)).until(() -> reply.cancellation().isCancelled());
        assertThat(checks.count()).isEqualTo(3);
        assertThat(reply.credentialsRevoked()).isTrue();
        reply.close();
    }

    @Test
    void aReplyThatHasFinishedIsNoLongerChecked() {
        Checks finishedChecks = new Checks(() -> true);
        Checks runningChecks = new Checks(() -> true);
        replies.start(new Caller(ALICE, finishedChecks)).close();

        try (InFlightReplies.Reply running = replies.start(new Caller(ALICE, runningChecks))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> runningChecks.count() >= 5);
        }

        assertThat(finishedChecks.count()).isLessThanOrEqualTo(1);
    }

    /** Counts the checks it answers. */
    private static final class Checks implements BooleanSupplier {

        private final AtomicInteger count = new AtomicInteger();
        private final BooleanSupplier answer;

        Checks(BooleanSupplier answer) {
            this.answer = answer;
        }

        int count() {
            return count.get();
        }

        @Override
        public boolean getAsBoolean() {
            count.incrementAndGet();
            return answer.getAsBoolean();
        }
    }
}
