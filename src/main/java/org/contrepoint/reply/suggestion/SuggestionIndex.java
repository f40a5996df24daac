package org.contrepoint.reply.suggestion;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.library.LibraryRevision;
import org.contrepoint.library.Template;
import org.contrepoint.library.VersionStatus;

/**
 * The suggestions' snapshot of the library, rebuilt when the library revision moves, like the library's search
 * index ({@link org.contrepoint.library.LibraryIndex}): every library change bumps the revision, each instance
 * polls it and also checks it before each use, so a suggestion never misses a change committed before it started.
 * The snapshot is read with three flat queries rather than one entity per template, so that 20,000 templates
 * rebuild in seconds.
 */
@ApplicationScoped
public class SuggestionIndex {

    private volatile Catalog catalog = Catalog.EMPTY;

    Catalog current() {
        long revision = QuarkusTransaction.requiringNew().call(LibraryRevision::current);
        Catalog c = catalog;
        return c.revision == revision ? c : rebuild(revision);
    }

    @Scheduled(every = "2s", delayed = "7s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        current();
    }

    /** How many templates can be suggested now (for the benchmark and diagnostics). */
    public int size() {
        return current().size();
    }

    private synchronized Catalog rebuild(long atLeast) {
        if (catalog.revision >= atLeast) {
            return catalog;
        }
        Catalog built = QuarkusTransaction.requiringNew().call(() -> Catalog.build(LibraryRevision.current(),
                sources(), narrativeLabels()));
        catalog = built;
        return built;
    }

    @SuppressWarnings("unchecked")
    private static List<Catalog.Source> sources() {
        var em = Panache.getEntityManager();
        List<Object[]> rows = em.createQuery("select v.id, v.templateId, v.title, v.body, v.language, v.message, "
                + "v.goal, v.reviewDate from TemplateVersion v, Template t where t.currentVersionId = v.id "
                + "and t.status <> :retired and v.status = :published order by v.templateId", Object[].class)
                .setParameter("retired", Template.RETIRED).setParameter("published", VersionStatus.PUBLISHED)
                .getResultList();
        String current = "select t.current_version_id from library_template t where t.status <> 'retired'";
        Map<Long, List<String>> narratives = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select n.version_id, n.narrative_code from "
                + "library_version_narrative n where n.version_id in (" + current + ") order by n.version_id, "
                + "n.position").getResultList()) {
            narratives.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Map<String, String>> variants = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select x.version_id, x.platform, x.text from "
                + "library_version_variant x where x.version_id in (" + current + ")").getResultList()) {
            variants.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
                    .put((String) r[1], (String) r[2]);
        }
        List<Catalog.Source> sources = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            sources.add(new Catalog.Source((String) r[1], id, (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], narratives.getOrDefault(id, List.of()),
                    variants.getOrDefault(id, Map.of()), r[7] instanceof Date d ? d.toLocalDate()
                            : (java.time.LocalDate) r[7]));
        }
        return sources;
    }

    private static Map<String, String[]> narrativeLabels() {
        Map<String, String[]> labels = new HashMap<>();
        org.contrepoint.taxonomy.Narrative.<org.contrepoint.taxonomy.Narrative>listAll()
                .forEach(n -> labels.put(n.code, new String[] { n.labelFr, n.labelEn }));
        return labels;
    }
}
