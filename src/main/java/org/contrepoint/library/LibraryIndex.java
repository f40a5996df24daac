package org.contrepoint.library;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jakarta.persistence.EntityManager;
import org.contrepoint.library.search.LibraryDocuments;
import org.contrepoint.library.search.LibrarySearcher;
import org.contrepoint.library.search.SearchQuery;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Strategy;
import org.contrepoint.web.BackgroundJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search index of this instance, in memory, rebuilt from the database whenever the library revision moves.
 * Every library change bumps the revision in its own transaction; each instance polls it every two seconds and
 * also checks it before each search, so a search never misses a change committed before it started, whichever
 * instance made it.
 */
@ApplicationScoped
public class LibraryIndex {

    /**
     * A rebuild reads the whole library in one snapshot. With 20,000 templates on a loaded machine it can outlast
     * the default 60 s transaction timeout: the reaper then aborted it and the next poll started it again, forever.
     */
    private static final int REBUILD_TIMEOUT_SECONDS = 900;

    /**
     * Versions read per query while rebuilding; the persistence context is emptied after each chunk. The tests set
     * it small, so that every search they make crosses chunk boundaries.
     */
    @ConfigProperty(name = "contrepoint.library.index-chunk", defaultValue = "500")
    int chunk;

    @Inject
    BackgroundJobs jobs;

    private volatile LibrarySearcher searcher;
    private volatile long revision = -1;

    public LibrarySearcher.Results search(SearchQuery query) {
        refreshIfStale();
        return searcher.search(query);
    }

    @Scheduled(every = "2s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        jobs.run("library index", this::refreshIfStale);
    }

    public void refreshIfStale() {
        long current = LibraryRevision.read();
        if (current != revision || searcher == null) {
            rebuild(current);
        }
    }

    private synchronized void rebuild(long atLeast) {
        if (searcher != null && revision >= atLeast) {
            return;
        }
        QuarkusTransaction.requiringNew().timeout(REBUILD_TIMEOUT_SECONDS).run(() -> {
            long current = LibraryRevision.current();
            searcher = LibrarySearcher.build(documents(chunk));
            revision = current;
        });
    }

    /**
     * The current version of every template, and every version not published (for the reviewers' filters). Read in
     * chunks by id as the index takes them, emptying the persistence context after each: with all 20,000 versions
     * held at once, every lazy collection load scanned the whole context for others to batch with (most of the
     * rebuild's time), and the entities, then the documents, outweighed the index built from them.
     */
    private static Iterable<LibraryDocuments.Indexed> documents(int chunkSize) {
        Set<String> retired = Template.<Template>list("status", Template.RETIRED).stream().map(t -> t.id)
                .collect(Collectors.toSet());
        Map<String, String> topics = new HashMap<>();
        Narrative.<Narrative>listAll().forEach(n -> topics.put(n.code, n.labelFr + "\n" + n.labelEn));
        Strategy.<Strategy>listAll().forEach(s -> topics.put(s.code, s.labelFr + "\n" + s.labelEn));
        EntityManager em = Panache.getEntityManager();
        List<Long> ids = em.createQuery("select v.id from TemplateVersion v "
                + "where v.status <> ?1 or v.id in (select t.currentVersionId from Template t) order by v.id",
                Long.class).setParameter(1, VersionStatus.PUBLISHED).getResultList();
        return () -> IntStream.iterate(0, from -> from < ids.size(), from -> from + chunkSize)
                .mapToObj(from -> ids.subList(from, Math.min(ids.size(), from + chunkSize)))
                .flatMap(chunk -> {
                    List<LibraryDocuments.Indexed> docs = TemplateVersion.<TemplateVersion>list(
                            "id in ?1 order by id", chunk).stream()
                            .map(v -> LibraryDocuments.of(v, retired.contains(v.templateId), topics)).toList();
                    em.clear();
                    return docs.stream();
                }).iterator();
    }
}
