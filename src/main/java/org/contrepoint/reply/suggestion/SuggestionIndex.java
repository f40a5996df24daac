package org.contrepoint.reply.suggestion;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.library.Template;
import org.contrepoint.library.VersionStatus;
import org.contrepoint.reply.TemplateUsage;

/**
 * The suggestions' snapshot of the library and of the templates' usage, refreshed when either moves.
 *
 * <p>The library part is rebuilt when the library revision moves, like the library's search index
 * ({@link org.contrepoint.library.LibraryIndex}): every library change bumps the revision, each instance polls it
 * and also checks it before each use, so a suggestion never misses a change committed before it started. It is
 * read with three flat queries rather than one entity per template, so that 20,000 templates rebuild in seconds.
 *
 * <p>The usage part (each template's uses and effectiveness, by template position) is reloaded when the
 * signature of {@code template_usage} changes: its row count and the sums of its counters and optimistic-lock
 * versions, which every counter update moves. Both checks are one round trip per query.
 */
@ApplicationScoped
public class SuggestionIndex {

    /** The library snapshot and the usage of its templates, by the same positions. */
    record Snapshot(Catalog catalog, List<Long> usageSignature, int[] uses, int[] assessed, byte[] effectiveness) {
    }

    private volatile Snapshot snapshot = new Snapshot(Catalog.EMPTY, List.of(), new int[0], new int[0], new byte[0]);

    Snapshot current() {
        Object[] state = QuarkusTransaction.requiringNew().call(() -> (Object[]) Panache.getEntityManager()
                .createNativeQuery("select (select revision from library_revision where id = 1), "
                        + "(select count(*) from template_usage), "
                        + "(select coalesce(sum(version + uses + assessed + positive + negative), 0) "
                        + "from template_usage), (select coalesce(sum(positive - negative), 0) from template_usage)")
                .getSingleResult());
        long revision = ((Number) state[0]).longValue();
        List<Long> signature = List.of(((Number) state[1]).longValue(), ((Number) state[2]).longValue(),
                ((Number) state[3]).longValue());
        Snapshot s = snapshot;
        return s.catalog().revision == revision && s.usageSignature().equals(signature) ? s
                : refresh(revision, signature);
    }

    @Scheduled(every = "2s", delayed = "7s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        current();
    }

    /** How many templates can be suggested now (for the benchmark and diagnostics). */
    public int size() {
        return current().catalog().size();
    }

    private synchronized Snapshot refresh(long revision, List<Long> signature) {
        Snapshot s = snapshot;
        if (s.catalog().revision == revision && s.usageSignature().equals(signature)) {
            return s;
        }
        Catalog catalog = s.catalog().revision == revision ? s.catalog()
                : QuarkusTransaction.requiringNew().call(() -> Catalog.build(revision, sources(), narrativeLabels()));
        Snapshot fresh = QuarkusTransaction.requiringNew().call(() -> withUsage(catalog, signature));
        snapshot = fresh;
        return fresh;
    }

    @SuppressWarnings("unchecked")
    private static Snapshot withUsage(Catalog catalog, List<Long> signature) {
        int n = catalog.size();
        int[] uses = new int[n];
        int[] assessed = new int[n];
        byte[] effectiveness = new byte[n];
        Arrays.fill(effectiveness, (byte) 50);
        TemplateUsage counters = new TemplateUsage();
        for (Object[] r : (List<Object[]>) Panache.getEntityManager().createNativeQuery("select template_id, uses, "
                + "assessed, positive, negative from template_usage").getResultList()) {
            int doc = catalog.position((String) r[0]);
            if (doc < 0) {
                continue;
            }
            // The entity's own formula, on a detached instance that is never persisted.
            counters.uses = ((Number) r[1]).intValue();
            counters.assessed = ((Number) r[2]).intValue();
            counters.positive = ((Number) r[3]).intValue();
            counters.negative = ((Number) r[4]).intValue();
            uses[doc] = counters.uses;
            assessed[doc] = counters.assessed;
            effectiveness[doc] = (byte) counters.effectiveness();
        }
        return new Snapshot(catalog, signature, uses, assessed, effectiveness);
    }

    @SuppressWarnings("unchecked")
    private static List<Catalog.Source> sources() {
        var em = Panache.getEntityManager();
        List<Object[]> rows = em.createQuery("select v.id, v.templateId, v.title, v.body, v.language, v.message, "
                + "v.goal, v.reviewDate from Template t join TemplateVersion v on v.id = t.currentVersionId "
                + "where t.status <> :retired and v.status = :published order by v.templateId", Object[].class)
                .setParameter("retired", Template.RETIRED).setParameter("published", VersionStatus.PUBLISHED)
                .getResultList();
        Map<Long, List<String>> narratives = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select n.version_id, n.narrative_code from "
                + "library_template t join library_version_narrative n on n.version_id = t.current_version_id "
                + "where t.status <> 'retired' order by n.version_id, n.position").getResultList()) {
            narratives.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Map<String, String>> variants = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select x.version_id, x.platform, x.text from "
                + "library_template t join library_version_variant x on x.version_id = t.current_version_id "
                + "where t.status <> 'retired'").getResultList()) {
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
