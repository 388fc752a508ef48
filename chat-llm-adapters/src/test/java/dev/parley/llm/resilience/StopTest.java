package dev.parley.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopTest {

    @Test
    void eachTimeoutNamesItsLimitInWholeSecondsWhenItCan() {
        ResilienceSettings defaults = ResilienceSettings.defaults();

        assertThat(Stop.FIRST_TOKEN.failure(defaults, "openai", null))
                .hasMessage("The model did not start answering within 60 s.");
        assertThat(Stop.IDLE.failure(defaults, "openai", null))
                .hasMessage("The model stopped sending for 30 s in the middle of its reply.");
        assertThat(Stop.TOTAL.failure(defaults, "openai", null))
                .hasMessage("The reply took longer than the 600 s limit.");
        assertThat(Stop.spoken(Duration.ofMillis(250))).isEqualTo("250 ms");
    }

    @Test
    void aTimeoutIsATransientProviderFailureWhileTheCallersCancellationStaysOne() {
        RuntimeException cause = new CancelledException();

        assertThat(Stop.IDLE.failure(ResilienceSettings.defaults(), "openai", cause))
                .isInstanceOfSatisfying(ProviderException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
                    assertThat(failure.provider()).isEqualTo("openai");
                    assertThat(failure.isTransient()).isTrue();
                    assertThat(failure.getCause()).isSameAs(cause);
                });
        assertThat(Stop.CALLER.failure(ResilienceSettings.defaults(), "openai", cause))
                .isInstanceOf(CancelledException.class);
    }
}
