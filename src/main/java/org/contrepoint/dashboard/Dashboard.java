package org.contrepoint.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.contrepoint.web.Bundles;

/**
 * Computes the figures for a filter, and keeps them for a short while: a team reloading the dashboard does not
 * need the database to recount a million posts each time, and a figure a minute old is as good for steering the
 * work. Each instance keeps its own copy (stateless instances stay stateless: the copy is only a shortcut).
 */
@ApplicationScoped
public class Dashboard {

    static final int MAX_ENTRIES = 200;

    @Inject
    DashboardQueries queries;

    @Inject
    Clock clock;

    @ConfigProperty(name = "contrepoint.dashboard.cache-seconds", defaultValue = "60")
    long cacheSeconds;

    private final Map<DashboardFilter, Figures> cache = new ConcurrentHashMap<>();
    /** One computation per filter at a time: the others wait for it rather than recount the same figures. */
    private final Map<DashboardFilter, CompletableFuture<Figures>> running = new ConcurrentHashMap<>();
    private final Set<DashboardFilter> refreshing = ConcurrentHashMap.newKeySet();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-refresh");
        t.setDaemon(true);
        return t;
    });

    /**
     * Fresh figures are served from the copy; expired ones too, while one background refresh recounts them, so
     * that nobody waits for the recount but the first reader of a filter.
     */
    public Figures figures(DashboardFilter filter) {
        Instant now = clock.instant();
        Figures cached = cache.get(filter);
        if (cached != null) {
            if (expired(cached, now) && refreshing.add(filter)) {
                refresher.execute(() -> {
                    try {
                        Figures current = cache.get(filter);
                        if (current == null || expired(current, clock.instant())) {
                            compute(filter);
                        }
                    } finally {
                        refreshing.remove(filter);
                    }
                });
            }
            return cached;
        }
        return compute(filter);
    }

    private boolean expired(Figures figures, Instant now) {
        return !figures.computedAt().plus(Duration.ofSeconds(cacheSeconds)).isAfter(now);
    }

    private Figures compute(DashboardFilter filter) {
        CompletableFuture<Figures> mine = new CompletableFuture<>();
        CompletableFuture<Figures> other = running.putIfAbsent(filter, mine);
        if (other != null) {
            return other.join();
        }
        try {
            Figures fresh = QuarkusTransaction.requiringNew().call(() -> queries.compute(filter, clock.instant()));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(filter, fresh);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(filter, mine);
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Tests change the data under the dashboard's feet. */
    public void forget() {
        cache.clear();
    }

    /** Labelled tables of one figures set in one language, kept with it: the page's render then only draws. */
    private record Labelled(Figures figures, Map<String, DataTable> tables) {
    }

    private final Map<String, Labelled> labelled = new ConcurrentHashMap<>();

    /** Every table of the dashboard, by id, in page order. */
    public Map<String, DataTable> tables(Figures figures, Locale locale) {
        String key = locale.getLanguage() + "|" + System.identityHashCode(figures);
        Labelled done = labelled.get(key);
        if (done != null && done.figures() == figures) {
            return done.tables();
        }
        DashboardTables build = new DashboardTables(messages(locale), locale);
        Map<String, DataTable> tables = new LinkedHashMap<>();
        for (DataTable t : build.all(figures)) {
            tables.put(t.id(), t);
        }
        if (labelled.size() >= MAX_ENTRIES) {
            labelled.clear();
        }
        labelled.put(key, new Labelled(figures, tables));
        return tables;
    }

    public Optional<DataTable> table(Figures figures, Locale locale, String id) {
        return Optional.ofNullable(tables(figures, locale).get(id));
    }

    /** The bundle in a locale, for texts built in Java (CSV headers, table captions). */
    public static DashboardMessages messages(Locale locale) {
        return Bundles.of(DashboardMessages.class, locale.getLanguage());
    }

    static List<String> ids() {
        return DashboardTables.IDS;
    }
}
