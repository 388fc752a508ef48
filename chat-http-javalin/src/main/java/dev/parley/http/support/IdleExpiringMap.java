package dev.parley.http.support;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * HTTP support: a map that forgets an entry once it has gone unused for {@code idleAfter}, and that
 * never holds more than {@code maxEntries} (making room by forgetting the least recently used one).
 * Expired entries go whenever the map is used, so it needs no thread of its own. Thread-safe.
 */
final class IdleExpiringMap<K, V> {

    private static final class Entry<V> {
        private final V value;
        private long lastUsed;

        private Entry(V value, long lastUsed) {
            this.value = value;
            this.lastUsed = lastUsed;
        }
    }

    private final long idleNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    // A lock rather than synchronized: on Java 21 a virtual thread blocked in synchronized pins its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    // Access order: the least recently used entry comes first, so expiry only ever looks at the head.
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

    IdleExpiringMap(Duration idleAfter, int maxEntries, LongSupplier nanoTime) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.idleNanos = idleAfter.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The value kept under {@code key}, created by {@code create} when there is none; either way it counts as used now. */
    V computeIfAbsent(K key, Function<? super K, ? extends V> create) {
        lock.lock();
        try {
            long now = nanoTime.getAsLong();
            forgetIdle(now);
            Entry<V> entry = entries.get(key);
            if (entry == null) {
                if (entries.size() >= maxEntries) {
                    Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
                entry = new Entry<>(create.apply(key), now);
                entries.put(key, entry);
            }
            entry.lastUsed = now;
            return entry.value;
        } finally {
            lock.unlock();
        }
    }

    /** How many entries are kept, the idle ones forgotten first. */
    int size() {
        lock.lock();
        try {
            forgetIdle(nanoTime.getAsLong());
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    private void forgetIdle(long now) {
        Iterator<Entry<V>> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext() && now - oldestFirst.next().lastUsed >= idleNanos) {
            oldestFirst.remove();
        }
    }
}
