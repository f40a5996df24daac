package org.contrepoint.library;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Strategy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.contrepoint.library.search.LibraryDocuments;
import org.contrepoint.library.search.LibrarySearcher;
import org.contrepoint.library.search.SearchQuery;

/**
 * The search index of this instance, in memory, rebuilt from the database whenever the library revision moves.
 * Every library change bumps the revision in its own transaction; each instance polls it every two seconds and
 * also checks it before each search, so a search never misses a change committed before it started, whichever
 * instance made it.
 */
@ApplicationScoped
public class LibraryIndex {

    private volatile LibrarySearcher searcher;
    private volatile long revision = -1;

    public LibrarySearcher.Results search(SearchQuery query) {
        refreshIfStale();
        return searcher.search(query);
    }

    @Scheduled(every = "2s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        refreshIfStale();
    }

    public void refreshIfStale() {
        long current = QuarkusTransaction.requiringNew().call(LibraryRevision::current);
        if (current != revision || searcher == null) {
            rebuild(current);
        }
    }

    private synchronized void rebuild(long atLeast) {
        if (searcher != null && revision >= atLeast) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            long current = LibraryRevision.current();
            searcher = LibrarySearcher.build(documents());
            revision = current;
        });
    }

    /** The current version of every template, and every version not published (for the reviewers' filters). */
    private static List<Document> documents() {
        Set<String> retired = Template.<Template>list("status", Template.RETIRED).stream().map(t -> t.id)
                .collect(Collectors.toSet());
        List<TemplateVersion> versions = TemplateVersion.list(
                "status <> ?1 or id in (select t.currentVersionId from Template t)", VersionStatus.PUBLISHED);
        Map<String, String> topics = new HashMap<>();
        Narrative.<Narrative>listAll().forEach(n -> topics.put(n.code, n.labelFr + "\n" + n.labelEn));
        Strategy.<Strategy>listAll().forEach(s -> topics.put(s.code, s.labelFr + "\n" + s.labelEn));
        List<Document> docs = new ArrayList<>(versions.size());
        versions.forEach(v -> docs.add(LibraryDocuments.of(v, retired.contains(v.templateId), topics)));
        return docs;
    }
}
