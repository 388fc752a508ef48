package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(RateLimits.off()
            .with(RouteClass.LOGIN, new RateLimit(3, Duration.ofMinutes(1)))
            .with(RouteClass.REPLY, new RateLimit(10, Duration.ofHours(1))), now::get, 100);

    @Test
    void aCallerOverTheLimitIsRefusedWith429AndTheWholeSecondsUntilTheNextRequest() {
        for (int i = 0; i < 3; i++) {
            limiter.consume(RouteClass.LOGIN, "ip 203.0.113.7");
        }
        now.addAndGet(Duration.ofMillis(500).toNanos());

        HttpProblem refused = catchThrowableOfType(HttpProblem.class,
                () -> limiter.consume(RouteClass.LOGIN, "ip 203.0.113.7"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.detail()).isEqualTo("Rate limit exceeded");
        // One request comes back every 20 s; 19.5 s are left, rounded up.
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
    }

    @Test
    void aRefusedCallerMayGoOnOnceTheRetryAfterHasPassed() {
        for (int i = 0; i < 3; i++) {
            limiter.consume(RouteClass.LOGIN, "user 1");
        }
        long retryAfter = catchThrowableOfType(HttpProblem.class, () -> limiter.consume(RouteClass.LOGIN, "user 1"))
                .retryAfterSeconds();

        now.addAndGet(Duration.ofSeconds(retryAfter).toNanos());

        limiter.consume(RouteClass.LOGIN, "user 1");
        assertThatThrownBy(() -> limiter.consume(RouteClass.LOGIN, "user 1")).isInstanceOf(HttpProblem.class);
    }

    @Test
    void eachCallerAndEachRouteClassHasABudgetOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.consume(RouteClass.LOGIN, "user 1");
        }

        limiter.consume(RouteClass.LOGIN, "user 2");
        limiter.consume(RouteClass.REPLY, "user 1");
        assertThatThrownBy(() -> limiter.consume(RouteClass.LOGIN, "user 1")).isInstanceOf(HttpProblem.class);
    }

    @Test
    void aRouteClassWithoutALimitIsNeverRefusedNorRemembered() {
        for (int i = 0; i < 1000; i++) {
            limiter.consume(RouteClass.OTHER, "user 1");
        }

        assertThat(limiter.limits(RouteClass.OTHER)).isFalse();
        assertThat(limiter.remembered(RouteClass.OTHER)).isZero();
    }

    @Test
    void aCallersBucketIsForgottenOnceIdleForItsLimitsPeriodWhenItIsFullAgain() {
        for (int i = 0; i < 3; i++) {
            limiter.consume(RouteClass.LOGIN, "ip 203.0.113.7");
        }
        limiter.consume(RouteClass.LOGIN, "ip 203.0.113.8");
        limiter.consume(RouteClass.REPLY, "ip 203.0.113.7");
        assertThat(limiter.remembered(RouteClass.LOGIN)).isEqualTo(2);

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        limiter.consume(RouteClass.LOGIN, "ip 203.0.113.8");
        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(limiter.remembered(RouteClass.LOGIN)).isEqualTo(1);
        assertThat(limiter.remembered(RouteClass.REPLY)).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            limiter.consume(RouteClass.LOGIN, "ip 203.0.113.7");
        }
    }

    @Test
    void noMoreCallersThanTheBoundAreRemembered() {
        for (int i = 0; i < 250; i++) {
            limiter.consume(RouteClass.REPLY, "ip 10.0.0." + i);
        }

        assertThat(limiter.remembered(RouteClass.REPLY)).isEqualTo(100);
    }

    @Test
    void offLimitsNothing() {
        RateLimiter off = new RateLimiter(RateLimits.off());

        assertThat(off.isOff()).isTrue();
        for (RouteClass routeClass : RouteClass.values()) {
            assertThat(off.limits(routeClass)).isFalse();
        }
    }

    @Test
    void theDefaultsFollowSeed003sTable() {
        RateLimits defaults = RateLimits.defaults();

        assertThat(defaults.of(RouteClass.LOGIN)).contains(RateLimit.perHour(50));
        assertThat(defaults.of(RouteClass.STATUS)).contains(RateLimit.perHour(100));
        assertThat(defaults.of(RouteClass.REGISTER)).contains(RateLimit.perHour(10));
        assertThat(defaults.of(RouteClass.REMOVAL)).contains(RateLimit.perHour(10));
        assertThat(defaults.of(RouteClass.REPLY)).contains(RateLimit.perMinute(10));
        assertThat(defaults.of(RouteClass.MESSAGES)).contains(RateLimit.perMinute(30));
        assertThat(defaults.of(RouteClass.SESSIONS)).contains(RateLimit.perHour(50));
        assertThat(defaults.of(RouteClass.LOGIN_ACCOUNT)).contains(new RateLimit(10, Duration.ofMinutes(15)));
        assertThat(defaults.of(RouteClass.OTHER)).isPresent();
    }
}
