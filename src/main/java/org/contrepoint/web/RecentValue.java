package org.contrepoint.web;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the database and reused for a short while: the choices a page offers (narratives, managers,
 * a setting) that every request would otherwise read again. {@link ReferenceChanges} drops it as soon as a change
 * made by this instance commits; a change made by another instance shows once the value is older than its
 * lifetime. Hold only immutable values: every request shares them. The rules are those of {@link RecentValues},
 * with a single key.
 */
public final class RecentValue<T> {

    private final RecentValues<Boolean, T> values;

    RecentValue(Supplier<T> loader, Duration lifetime, LongSupplier nanoTime) {
        values = new RecentValues<>(only -> loader.get(), lifetime, nanoTime);
    }

    public T get() {
        return values.get(Boolean.TRUE);
    }

    void invalidate() {
        values.invalidate();
    }
}
