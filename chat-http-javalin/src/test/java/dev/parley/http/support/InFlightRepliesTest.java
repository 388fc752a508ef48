package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightRepliesTest {

    private final InFlightReplies replies = new InFlightReplies();

    @Test
    void stopping_cancels_every_running_reply_and_ends_once_they_have_finished() {
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
    void a_reply_that_finished_before_stopping_is_not_cancelled() {
        InFlightReplies.Reply done = replies.start();
        done.close();

        assertThat(replies.stop(Duration.ZERO)).isZero();
        assertThat(done.cancellation().isCancelled()).isFalse();
    }

    @Test
    void stopping_gives_up_after_the_grace_and_tells_how_many_replies_still_run() {
        InFlightReplies.Reply stuck = replies.start();

        assertThat(replies.stop(Duration.ofMillis(20))).isEqualTo(1);
        assertThat(stuck.cancellation().isCancelled()).isTrue();
    }

    @Test
    void once_stopping_a_new_reply_is_refused_with_503() {
        replies.stop(Duration.ZERO);

        assertThat(replies.isStopping()).isTrue();
        assertThatThrownBy(replies::start).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.detail()).isEqualTo("The server is shutting down");
        });
    }
}
