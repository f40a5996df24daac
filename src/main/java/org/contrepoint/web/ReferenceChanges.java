package org.contrepoint.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Hibernate;

/**
 * The {@link RecentValue}s and {@link RecentValues} and the entities they are read from. An entity marked with
 * {@code @EntityListeners(ReferenceChanges.Listener.class)} that is written drops every value read from its class
 * when the transaction commits, so the instance that made a change shows it at once.
 */
@ApplicationScoped
public class ReferenceChanges {

    @ConfigProperty(name = "contrepoint.web.reference-lifetime", defaultValue = "PT5S")
    Duration lifetime;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** What to drop when an entity of the class is written: each value's invalidation. */
    private final Map<Class<?>, List<Runnable>> byEntity = new ConcurrentHashMap<>();

    /** A value read by {@code loader} from the given entities' tables. */
    public <T> RecentValue<T> value(Supplier<T> loader, Class<?>... readFrom) {
        RecentValue<T> value = new RecentValue<>(loader, lifetime, System::nanoTime);
        dropOnWrite(value::invalidate, readFrom);
        return value;
    }

    /** Values read by {@code loader} for each key (a person) from the given entities' tables. */
    public <K, T> RecentValues<K, T> values(Function<K, T> loader, Class<?>... readFrom) {
        RecentValues<K, T> values = new RecentValues<>(loader, lifetime, System::nanoTime);
        dropOnWrite(values::invalidate, readFrom);
        return values;
    }

    private void dropOnWrite(Runnable invalidate, Class<?>... readFrom) {
        for (Class<?> entity : readFrom) {
            byEntity.computeIfAbsent(entity, e -> new CopyOnWriteArrayList<>()).add(invalidate);
        }
    }

    /**
     * Drops what was read from this entity's table, once the current transaction commits. The entity listener calls
     * it; a bulk update, which entity listeners do not see, must call it itself.
     */
    public void written(Class<?> entity) {
        List<Runnable> values = byEntity.getOrDefault(entity, List.of());
        if (values.isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            values.forEach(Runnable::run);
            return;
        }
        // After the commit: a request reading in between still reads the old row, and must not keep it.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    values.forEach(Runnable::run);
                }
            }
        });
    }

    /** JPA entity listener for the entities that {@link RecentValue}s are read from. */
    public static class Listener {

        @jakarta.persistence.PostPersist
        @jakarta.persistence.PostUpdate
        @jakarta.persistence.PostRemove
        void written(Object entity) {
            Arc.container().instance(ReferenceChanges.class).get().written(Hibernate.getClass(entity));
        }
    }
}
