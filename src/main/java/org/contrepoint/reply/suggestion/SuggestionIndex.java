package org.contrepoint.reply.suggestion;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.library.LibraryRevision;
import org.contrepoint.library.Template;
import org.contrepoint.library.VersionStatus;
import org.contrepoint.reply.TemplateUsage;
import org.contrepoint.web.BackgroundJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The suggestions' snapshot of the library and of the templates' usage, refreshed when either moves.
 *
 * <p>The library part is rebuilt when the library revision moves, like the library's search index
 * ({@link org.contrepoint.library.LibraryIndex}): every library change bumps the revision, each instance polls it
 * and also checks it before each use, so a suggestion never misses a change committed before it started. It is
 * read with three flat queries rather than one entity per template, so that 20,000 templates rebuild in seconds.
 *
 * <p>The usage part (each template's uses and effectiveness, by template position) is reloaded with the library
 * part, and when the signature of {@code template_usage} changes (its row count and the sums of its counters and
 * optimistic-lock versions, which every counter update moves), checked by the two-second poll.
 */
@ApplicationScoped
public class SuggestionIndex {

    private static final Logger LOG = Logger.getLogger(SuggestionIndex.class);

    /**
     * The library snapshot and the usage of its templates, by the same positions. {@code tieRank} orders templates
     * of equal score (more uses first, then by template id) as one number each: equal scores are common (templates
     * sharing only a narrative with a post score alike), and comparing uses and ids for each of them was a fifth of
     * the post page's time.
     */
    record Snapshot(Catalog catalog, List<Long> usageSignature, int[] uses, int[] assessed, byte[] effectiveness,
            int[] tieRank) {
    }

    /**
     * Versions read and analysed per query: bounds the texts held during a rebuild. The tests set it small, so that
     * every snapshot they build crosses chunk boundaries.
     */
    @ConfigProperty(name = "contrepoint.suggestions.read-chunk", defaultValue = "1000")
    int readChunk;

    @Inject
    BackgroundJobs jobs;

    private volatile Snapshot snapshot = new Snapshot(Catalog.EMPTY, List.of(), new int[0], new int[0], new byte[0],
            new int[0]);

    /** The snapshot at the library's current revision: one scalar query when nothing changed. */
    Snapshot current() {
        long revision = LibraryRevision.read();
        Snapshot s = snapshot;
        return s.catalog().revision == revision ? s : refresh(revision, null);
    }

    /**
     * Also reloads the usage when its signature moved. Outcomes are recorded far less often than suggestions are
     * asked for, so the usage is checked here, every two seconds, rather than on each query: an effectiveness
     * figure may lag by that much.
     */
    @Scheduled(every = "2s", delayed = "7s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        jobs.run("suggestion index", this::refreshIfChanged);
    }

    private void refreshIfChanged() {
        long revision = QuarkusTransaction.requiringNew().call(LibraryRevision::current);
        List<Long> signature = QuarkusTransaction.requiringNew().call(SuggestionIndex::usageSignature);
        Snapshot s = snapshot;
        if (s.catalog().revision != revision || !s.usageSignature().equals(signature)) {
            refresh(revision, signature);
        }
    }

    private static List<Long> usageSignature() {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("select count(*), "
                + "coalesce(sum(version + uses + assessed + positive + negative), 0), "
                + "coalesce(sum(positive - negative), 0) from template_usage").getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /** How many templates can be suggested now (for the benchmark and diagnostics). */
    public int size() {
        return current().catalog().size();
    }

    private synchronized Snapshot refresh(long revision, List<Long> knownSignature) {
        Snapshot s = snapshot;
        if (s.catalog().revision == revision && (knownSignature == null
                || s.usageSignature().equals(knownSignature))) {
            return s;
        }
        List<Long> signature = knownSignature != null ? knownSignature
                : QuarkusTransaction.requiringNew().call(SuggestionIndex::usageSignature);
        Catalog catalog = s.catalog();
        if (catalog.revision != revision) {
            catalog = rebuild(catalog, revision, readChunk);
        }
        Catalog built = catalog;
        Snapshot fresh = QuarkusTransaction.requiringNew().call(() -> withUsage(built, signature));
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
        return new Snapshot(catalog, signature, uses, assessed, effectiveness, tieRanks(catalog, uses));
    }

    /** Each template's place among all, by uses (most first) then template id. */
    static int[] tieRanks(Catalog catalog, int[] uses) {
        int n = catalog.size();
        Integer[] order = new Integer[n];
        for (int doc = 0; doc < n; doc++) {
            order[doc] = doc;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(doc -> -uses[doc])
                .thenComparing(doc -> catalog.entries[doc].templateId()));
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    /**
     * The snapshot at this revision. Published versions never change, so the previous snapshot's analysed versions
     * are reused and only versions it did not hold are read and analysed: after one change, a rebuild reads one
     * list of ids and indexes integers.
     */
    private static Catalog rebuild(Catalog previous, long revision, int readChunk) {
        long start = System.nanoTime();
        List<Object[]> current = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select v.id, v.templateId from Template t join TemplateVersion v on v.id = "
                        + "t.currentVersionId where t.status <> :retired and v.status = :published "
                        + "order by v.templateId", Object[].class)
                .setParameter("retired", Template.RETIRED).setParameter("published", VersionStatus.PUBLISHED)
                .getResultList());
        List<Long> missing = new ArrayList<>();
        for (Object[] row : current) {
            if (previous.analysed((Long) row[0]) == null) {
                missing.add((Long) row[0]);
            }
        }
        Map<Long, Catalog.Analysed> fresh = new HashMap<>();
        // By lists of ids, even for the first build: only the analysed words are kept, and a whole library's texts
        // read at once (twice, as rows and as strings) were more than a small heap holds (-Xmx192m, 20,000 templates).
        for (int from = 0; from < missing.size(); from += readChunk) {
            List<Long> ids = missing.subList(from, Math.min(missing.size(), from + readChunk));
            QuarkusTransaction.requiringNew().call(() -> sources(ids)).parallelStream().map(Catalog.Analysed::of)
                    .toList().forEach(a -> fresh.put(a.versionId(), a));
        }
        long read = System.nanoTime();
        List<Catalog.Analysed> docs = new ArrayList<>(current.size());
        for (Object[] row : current) {
            Catalog.Analysed a = fresh.containsKey((Long) row[0]) ? fresh.get((Long) row[0])
                    : previous.analysed((Long) row[0]);
            if (a != null) {
                docs.add(a);
            }
        }
        Catalog catalog = Catalog.of(revision, docs,
                QuarkusTransaction.requiringNew().call(SuggestionIndex::narrativeLabels));
        LOG.infof("Suggestion snapshot at library revision %d: %d templates, %d newly read and analysed in %d ms, "
                + "indexed in %d ms", revision, docs.size(), missing.size(), (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        return catalog;
    }

    /** The content of these versions, in three flat queries. */
    @SuppressWarnings("unchecked")
    private static List<Catalog.Source> sources(List<Long> ids) {
        var em = Panache.getEntityManager();
        String which = " and t.current_version_id in (:ids)";
        var versions = em.createNativeQuery("select v.id, v.template_id, v.title, v.body, v.language, v.message, "
                + "v.goal, v.review_date from library_template t join library_version v on v.id = "
                + "t.current_version_id where t.status <> 'retired' and v.status = 'PUBLISHED'" + which);
        var narrativeRows = em.createNativeQuery("select n.version_id, n.narrative_code from library_template t "
                + "join library_version_narrative n on n.version_id = t.current_version_id where t.status <> 'retired'"
                + which + " order by n.version_id, n.position");
        var variantRows = em.createNativeQuery("select x.version_id, x.platform, x.text from library_template t "
                + "join library_version_variant x on x.version_id = t.current_version_id where t.status <> 'retired'"
                + which);
        versions.setParameter("ids", ids);
        narrativeRows.setParameter("ids", ids);
        variantRows.setParameter("ids", ids);
        Map<Long, List<String>> narratives = new HashMap<>();
        for (Object[] r : (List<Object[]>) narrativeRows.getResultList()) {
            narratives.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<Long, Map<String, String>> variants = new HashMap<>();
        for (Object[] r : (List<Object[]>) variantRows.getResultList()) {
            variants.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
                    .put((String) r[1], (String) r[2]);
        }
        List<Catalog.Source> sources = new ArrayList<>();
        for (Object[] r : (List<Object[]>) versions.getResultList()) {
            long id = ((Number) r[0]).longValue();
            sources.add(new Catalog.Source((String) r[1], id, (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], narratives.getOrDefault(id, List.of()),
                    variants.getOrDefault(id, Map.of()), r[7] == null ? null
                            : r[7] instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) r[7]));
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
