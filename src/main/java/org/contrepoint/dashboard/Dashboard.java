package org.contrepoint.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    public Figures figures(DashboardFilter filter) {
        Instant now = clock.instant();
        Figures cached = cache.get(filter);
        if (cached != null && cached.computedAt().plus(Duration.ofSeconds(cacheSeconds)).isAfter(now)) {
            return cached;
        }
        Figures fresh = QuarkusTransaction.requiringNew().call(() -> queries.compute(filter, now));
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(filter, fresh);
        return fresh;
    }

    /** Tests change the data under the dashboard's feet. */
    public void forget() {
        cache.clear();
    }

    /** Every table of the dashboard, by id, in page order. */
    public Map<String, DataTable> tables(Figures figures, Locale locale) {
        DashboardTables build = new DashboardTables(Dashboard.messages(locale), locale);
        Map<String, DataTable> tables = new LinkedHashMap<>();
        for (DataTable t : build.all(figures)) {
            tables.put(t.id(), t);
        }
        return tables;
    }

    public Optional<DataTable> table(Figures figures, Locale locale, String id) {
        return Optional.ofNullable(tables(figures, locale).get(id));
    }

    /** The bundle in a locale, for texts built in Java (CSV headers, table captions). */
    public static DashboardMessages messages(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(DashboardMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(DashboardMessages.class);
    }

    static List<String> ids() {
        return DashboardTables.IDS;
    }
}
