package org.contrepoint.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the database and reused for a short while: the choices a page offers (narratives, managers,
 * a setting) that every request would otherwise read again. {@link ReferenceChanges} drops it as soon as a change
 * made by this instance commits; a change made by another instance shows once the value is older than its
 * lifetime. Hold only immutable values: every request shares them.
 */
public final class RecentValue<T> {

    private record Loaded<T>(T value, long at) {
    }

    private final Supplier<T> loader;
    private final long lifetimeNanos;
    private final LongSupplier nanoTime;
    /** Moves at every invalidation, so that a value read before it is never kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded<T> current;

    RecentValue(Supplier<T> loader, Duration lifetime, LongSupplier nanoTime) {
        this.loader = loader;
        this.lifetimeNanos = lifetime.toNanos();
        this.nanoTime = nanoTime;
    }

    public T get() {
        Loaded<T> loaded = current;
        long now = nanoTime.getAsLong();
        if (loaded != null && now - loaded.at() < lifetimeNanos) {
            return loaded.value();
        }
        long before = generation.get();
        T value = loader.get();
        if (generation.get() == before) {
            current = new Loaded<>(value, now);
        }
        return value;
    }

    void invalidate() {
        generation.incrementAndGet();
        current = null;
    }
}
