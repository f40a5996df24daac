package org.contrepoint.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An immutable in-memory index of versions and its queries. A new one replaces the old one on each refresh.
 *
 * <p>What a result shows of each version (its {@link Card}) is kept beside the index, by version id, so that a page
 * of results reads no version from the database and no stored field from the index: versions are immutable but
 * for their status, a status change moves the library revision, and the revision rebuilds the index before the next
 * search. (Lucene's stored fields decompress a block of documents for each hit: a sixth of the search page's time.)
 */
public final class LibrarySearcher {

    /** What a list of results shows of a version. */
    public record Card(long versionId, String templateId, int number, String status, String title, String language,
            List<String> narratives, String strategy, String excerpt, LocalDate reviewDate) {
    }

    /** One result: the version's card, and how relevant it is. */
    public record Hit(Card card, float score) {
        public long versionId() {
            return card.versionId();
        }

        public String templateId() {
            return card.templateId();
        }
    }

    /** Results, best first, and how many there are in all. */
    public record Results(List<Hit> hits, long total) {
    }

    private final IndexSearcher searcher;
    private final Map<Long, Card> cards;

    private LibrarySearcher(IndexSearcher searcher, Map<Long, Card> cards) {
        this.searcher = searcher;
        this.cards = cards;
    }

    public static LibrarySearcher build(Iterable<LibraryDocuments.Indexed> versions) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            Map<Long, Card> cards = new HashMap<>();
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(LibraryDocuments.analyzer()))) {
                for (LibraryDocuments.Indexed v : versions) {
                    writer.addDocument(v.document());
                    cards.put(v.card().versionId(), v.card());
                }
            }
            return new LibrarySearcher(new IndexSearcher(DirectoryReader.open(dir)), cards);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Results search(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean hasText = query.q() != null && !query.q().isBlank();
        if (hasText) {
            Query text = textQuery(query.q());
            if (text == null) {
                return new Results(List.of(), 0);
            }
            all.add(text, Occur.MUST);
        } else {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(all, "language", query.language());
        filter(all, "narrative", query.narrative());
        filter(all, "strategy", query.strategy());
        filter(all, "attribution", query.attribution());
        filter(all, "tone", query.tone());
        filter(all, "variant", query.variant());
        filter(all, "fits", query.fits());
        filter(all, "status", query.status());
        filter(all, "author", query.authorId() == null ? null : query.authorId().toString());
        if (!query.includeRetired()) {
            filter(all, "retired", "false");
        }
        try {
            int limit = Math.max(1, query.limit());
            TopDocs top = hasText ? searcher.search(all.build(), limit)
                    : searcher.search(all.build(), limit, new Sort(new SortField("sort_title", SortField.Type.STRING)));
            List<Hit> hits = new ArrayList<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(cards.get(versionId(leaves, sd.doc)), sd.score));
            }
            return new Results(hits, top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long versionId(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = leaf.reader().getNumericDocValues("vid");
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("every indexed version has its id");
        }
        return ids.longValue();
    }

    /** The words analysed in each language, against that language's fields; titles count double. */
    private static Query textQuery(String q) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (var entry : LibraryDocuments.ANALYZERS.entrySet()) {
            QueryBuilder builder = new QueryBuilder(entry.getValue());
            Query body = builder.createBooleanQuery("text_" + entry.getKey(), q, Occur.SHOULD);
            Query title = builder.createBooleanQuery("title_" + entry.getKey(), q, Occur.SHOULD);
            if (body != null) {
                any.add(body, Occur.SHOULD);
                clauses++;
            }
            if (title != null) {
                any.add(new BoostQuery(title, 2f), Occur.SHOULD);
                clauses++;
            }
        }
        Query topic = new QueryBuilder(LibraryDocuments.ANALYZERS.get("fr")).createBooleanQuery("topic", q, Occur.SHOULD);
        if (topic != null) {
            // Topics (narrative and strategy names, the id's words) help recall but weigh less than the text itself.
            any.add(new BoostQuery(topic, 0.5f), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    public int size() {
        return searcher.getIndexReader().numDocs();
    }
}
