package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleExpiringMapTest {

    private final AtomicLong now = new AtomicLong();
    private final IdleExpiringMap<String, Integer> map = new IdleExpiringMap<>(Duration.ofSeconds(10), 3, now::get);
    private final AtomicInteger created = new AtomicInteger();

    @Test
    void aKeySeenAgainKeepsItsValue() {
        int first = map.computeIfAbsent("a", key -> created.incrementAndGet());

        assertThat(map.computeIfAbsent("a", key -> created.incrementAndGet())).isEqualTo(first);
        assertThat(created).hasValue(1);
    }

    @Test
    void anEntryUnusedForTheIdleTimeIsForgottenAndAUsedOneKept() {
        map.computeIfAbsent("idle", key -> 1);
        map.computeIfAbsent("busy", key -> 2);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        map.computeIfAbsent("busy", key -> 3);
        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(map.size()).isEqualTo(1);
        assertThat(map.computeIfAbsent("busy", key -> 4)).isEqualTo(2);
        assertThat(map.computeIfAbsent("idle", key -> 5)).isEqualTo(5);
    }

    @Test
    void aFullMapMakesRoomByForgettingTheLeastRecentlyUsedEntry() {
        map.computeIfAbsent("a", key -> 1);
        map.computeIfAbsent("b", key -> 2);
        map.computeIfAbsent("c", key -> 3);
        map.computeIfAbsent("a", key -> 4);

        map.computeIfAbsent("d", key -> 5);

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.computeIfAbsent("a", key -> 6)).isEqualTo(1);
        assertThat(map.computeIfAbsent("b", key -> 7)).isEqualTo(7);
    }
}
