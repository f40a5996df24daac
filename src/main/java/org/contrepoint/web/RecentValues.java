package org.contrepoint.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from the database and reused for a short while, one per key: what every page shows of a person (their
 * unread count), the session found from a cookie; {@link RecentValue} is the single-key case. Each is reused for its
 * lifetime and dropped, all keys at once, when {@link ReferenceChanges} sees a change made by this instance commit; a
 * change made by another instance shows once the value is older than its lifetime. Keys stay until then, so use keys
 * of a bounded set (people, sessions found), and values never changed once read (every request shares them). A null
 * (nothing found) is never kept: the keys of things that do not exist are not bounded.
 */
public final class RecentValues<K, T> {

    private record Loaded<T>(T value, long at) {
    }

    private final Function<K, T> loader;
    private final long lifetimeNanos;
    private final LongSupplier nanoTime;
    /** Moves at every invalidation, so that a value read before it is never kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private final Map<K, Loaded<T>> current = new ConcurrentHashMap<>();

    RecentValues(Function<K, T> loader, Duration lifetime, LongSupplier nanoTime) {
        this.loader = loader;
        this.lifetimeNanos = lifetime.toNanos();
        this.nanoTime = nanoTime;
    }

    public T get(K key) {
        Loaded<T> loaded = current.get(key);
        long now = nanoTime.getAsLong();
        if (loaded != null && now - loaded.at() < lifetimeNanos) {
            return loaded.value();
        }
        long before = generation.get();
        T value = loader.apply(key);
        if (value != null && generation.get() == before) {
            current.put(key, new Loaded<>(value, now));
        }
        return value;
    }

    void invalidate() {
        generation.incrementAndGet();
        current.clear();
    }
}
