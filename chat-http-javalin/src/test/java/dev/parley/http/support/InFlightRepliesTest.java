package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightRepliesTest {

    private final InFlightReplies replies = new InFlightReplies();

    @Test
    void stoppingCancelsEveryRunningReplyAndEndsOnceTheyHaveFinished() {
        InFlightReplies.Reply first = replies.start();
        InFlightReplies.Reply second = replies.start();
        first.cancellation().onCancel(first::close);
        second.cancellation().onCancel(second::close);

        int unfinished = replies.stop(Duration.ofSeconds(10));

        assertThat(unfinished).isZero();
        assertThat(first.cancellation().isCancelled()).isTrue();
        assertThat(second.cancellation().isCancelled()).isTrue();
    }

    @Test
    void aReplyThatFinishedBeforeStoppingIsNotCancelled() {
        InFlightReplies.Reply done = replies.start();
        done.close();

        assertThat(replies.stop(Duration.ZERO)).isZero();
        assertThat(done.cancellation().isCancelled()).isFalse();
    }

    @Test
    void stoppingGivesUpAfterTheGraceAndTellsHowManyRepliesStillRun() {
        InFlightReplies.Reply stuck = replies.start();

        assertThat(replies.stop(Duration.ofMillis(20))).isEqualTo(1);
        assertThat(stuck.cancellation().isCancelled()).isTrue();
    }

    @Test
    void onceStoppingANewReplyIsRefusedWith503() {
        replies.stop(Duration.ZERO);

        assertThat(replies.isStopping()).isTrue();
        assertThatThrownBy(replies::start).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.detail()).isEqualTo("The server is shutting down");
        });
    }
}
