package org.contrepoint.reply.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.contrepoint.library.search.LibraryDocuments;
import org.contrepoint.taxonomy.Platform;

/**
 * An immutable snapshot of what the suggestions need from the library: for each suggestible template (the current
 * published version of a template that is not retired), its static features computed once — title, language,
 * narratives, review date, length on each platform — and an inverted index of its words analysed in its own
 * language with the library's analysers. A query then costs a walk through the postings of the post's words and
 * the post's narratives, with no entity loaded.
 *
 * <p>The words are keyed by language ("fr" + term), so a French post only meets French templates' words: the
 * analysers stem differently and a shared spelling across languages means little.
 */
final class Catalog {

    /** The text of one suggestible template as the database holds it. */
    record Source(String templateId, long versionId, String title, String body, String language, String message,
            String goal, List<String> narratives, Map<String, String> variants, LocalDate reviewDate) {
    }

    /**
     * One template's static features, computed when the snapshot is built. {@code reviewDay} is the epoch day of its
     * review date (Long.MAX_VALUE when none): the template is expired, and not suggested, from that day on.
     */
    record Entry(String templateId, long versionId, String title, String language, List<String> narratives,
            long reviewDay, int[] lengths, boolean[] variant, int[] terms, float norm) {

        /** Length of the text used on this platform: its variant when it has one, else the body. */
        int length(Platform platform) {
            return lengths[platform.ordinal()];
        }

        boolean hasVariant(Platform platform) {
            return variant[platform.ordinal()];
        }
    }

    static final Catalog EMPTY = build(-1, List.of(), Map.of());

    final long revision;
    final Entry[] entries;
    /*
     * The features the scoring loop reads for every template, as primitive arrays by position: walking 20,000
     * entry objects and their own arrays costs cache misses that these sequential reads do not.
     */
    final float[] norms;
    final long[] reviewDays;
    final byte[] languages;
    /** Platform points from 0 to 1 by platform ordinal, then position ({@link Suggestions#platform}). */
    final float[][] platformFit;
    private final Map<String, Byte> languageIds = new HashMap<>();
    /** Narrative labels by code: French and English. */
    final Map<String, String[]> narrativeLabels;
    private final Map<String, Integer> termIds;
    private final int[][] postings;
    private final float[] idf;
    private final Map<String, int[]> byNarrative;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<Long, Analysed> byVersion;
    /** Weight of a word no template contains: a post's own rare words still count in its length. */
    private final float unknownIdf;

    private Catalog(long revision, Entry[] entries, Map<String, String[]> narrativeLabels,
            Map<String, Integer> termIds, int[][] postings, float[] idf, Map<String, int[]> byNarrative,
            Map<Long, Analysed> byVersion) {
        this.byVersion = byVersion;
        this.revision = revision;
        this.entries = entries;
        this.narrativeLabels = narrativeLabels;
        this.termIds = termIds;
        this.postings = postings;
        this.idf = idf;
        this.byNarrative = byNarrative;
        this.unknownIdf = idf(0, entries.length);
        int n = entries.length;
        norms = new float[n];
        reviewDays = new long[n];
        languages = new byte[n];
        Platform[] platforms = Platform.values();
        platformFit = new float[platforms.length][n];
        for (int i = 0; i < n; i++) {
            Entry e = entries[i];
            positions.put(e.templateId(), i);
            norms[i] = e.norm();
            reviewDays[i] = e.reviewDay();
            languages[i] = languageIds.computeIfAbsent(e.language(), l -> (byte) languageIds.size());
            for (Platform p : platforms) {
                platformFit[p.ordinal()][i] = (float) Suggestions.platform(e, p);
            }
        }
    }

    /** Id of a language among the templates' languages, or -1 when no template is in it. */
    int languageId(String language) {
        Byte id = language == null ? null : languageIds.get(language);
        return id == null ? -1 : id;
    }

    /** Position of a template in {@link #entries}, or -1 when it cannot be suggested. */
    int position(String templateId) {
        Integer i = positions.get(templateId);
        return i == null ? -1 : i;
    }

    /** BM25's inverse document frequency: rare words weigh more, a word in every template almost nothing. */
    static float idf(int docFreq, int docs) {
        return (float) Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * One version analysed: what a snapshot keeps of it, computed once per published version. A published version
     * never changes, so a rebuild after a library change reuses these and analyses only the new versions.
     */
    record Analysed(String templateId, long versionId, String title, String language, List<String> narratives,
            long reviewDay, int[] lengths, boolean[] variant, String[] terms) {

        static Analysed of(Source s) {
            String lang = LibraryDocuments.ANALYZERS.containsKey(s.language()) ? s.language() : "fr";
            StringBuilder text = new StringBuilder(s.title()).append('\n').append(s.body());
            s.variants().values().forEach(v -> text.append('\n').append(v));
            for (String extra : new String[] { s.message(), s.goal() }) {
                if (extra != null) {
                    text.append('\n').append(extra);
                }
            }
            Platform[] platforms = Platform.values();
            int[] lengths = new int[platforms.length];
            boolean[] variant = new boolean[platforms.length];
            for (Platform p : platforms) {
                String v = s.variants().get(p.code());
                variant[p.ordinal()] = v != null;
                lengths[p.ordinal()] = p.length(v != null ? v : s.body());
            }
            return new Analysed(s.templateId(), s.versionId(), s.title(), s.language(), List.copyOf(s.narratives()),
                    s.reviewDate() == null ? Long.MAX_VALUE : s.reviewDate().toEpochDay(), lengths, variant,
                    analyse(lang, text.toString()).keySet().toArray(String[]::new));
        }
    }

    static Catalog build(long revision, List<Source> sources, Map<String, String[]> narrativeLabels) {
        return of(revision, sources.parallelStream().map(Analysed::of).toList(), narrativeLabels);
    }

    /** The snapshot of these analysed versions: term ids, postings, idf and norms (integer work, no analysis). */
    static Catalog of(long revision, List<Analysed> docs, Map<String, String[]> narrativeLabels) {
        Map<String, Integer> termIds = new HashMap<>();
        List<String> termTexts = new ArrayList<>();
        List<int[]> docTerms = new ArrayList<>(docs.size());
        int[] sizes = new int[0];
        for (Analysed a : docs) {
            String[] terms = a.terms();
            int[] ids = new int[terms.length];
            for (int k = 0; k < ids.length; k++) {
                Integer id = termIds.get(terms[k]);
                if (id == null) {
                    id = termIds.size();
                    termIds.put(terms[k], id);
                    termTexts.add(terms[k]);
                } else {
                    // The analysed versions keep their words for the next rebuild: pointing each at the one String
                    // of the term table keeps them at the size of the vocabulary. Each word its own String was
                    // 2 million Strings, ~110 MB of heap, for 20,000 templates.
                    terms[k] = termTexts.get(id);
                }
                ids[k] = id;
            }
            Arrays.sort(ids);
            docTerms.add(ids);
            if (termIds.size() > sizes.length) {
                sizes = Arrays.copyOf(sizes, Math.max(termIds.size(), sizes.length * 2 + 16));
            }
            for (int id : ids) {
                sizes[id]++;
            }
        }
        int[][] postings = new int[termIds.size()][];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = new int[sizes[t]];
        }
        int[] filled = new int[termIds.size()];
        for (int doc = 0; doc < docTerms.size(); doc++) {
            for (int id : docTerms.get(doc)) {
                postings[id][filled[id]++] = doc;
            }
        }
        float[] idf = new float[postings.length];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = idf(postings[t].length, docs.size());
        }
        Entry[] entries = new Entry[docs.size()];
        Map<String, List<Integer>> narratives = new HashMap<>();
        for (int doc = 0; doc < entries.length; doc++) {
            Analysed a = docs.get(doc);
            int[] terms = docTerms.get(doc);
            double squares = 0;
            for (int id : terms) {
                squares += idf[id] * idf[id];
            }
            entries[doc] = new Entry(a.templateId(), a.versionId(), a.title(), a.language(), a.narratives(),
                    a.reviewDay(), a.lengths(), a.variant(), terms, (float) Math.sqrt(squares));
            for (String n : a.narratives()) {
                narratives.computeIfAbsent(n, k -> new ArrayList<>()).add(doc);
            }
        }
        Map<String, int[]> byNarrative = new HashMap<>();
        narratives.forEach((n, list) -> byNarrative.put(n, list.stream().mapToInt(Integer::intValue).toArray()));
        Map<Long, Analysed> byVersion = new HashMap<>();
        docs.forEach(a -> byVersion.put(a.versionId(), a));
        return new Catalog(revision, entries, Map.copyOf(narrativeLabels), termIds, postings, idf, byNarrative,
                byVersion);
    }

    /** The analysed form of a version this snapshot holds, or null. */
    Analysed analysed(long versionId) {
        return byVersion.get(versionId);
    }

    /**
     * The distinct terms of a text analysed in a language, keyed by language, each with the first word of the text
     * that gave it (lower case, without its elided article), so that reasons quote the post rather than stems.
     */
    static Map<String, String> analyse(String language, String text) {
        Analyzer analyzer = LibraryDocuments.ANALYZERS.get(language);
        Map<String, String> terms = new LinkedHashMap<>();
        if (analyzer == null || text == null) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text_" + language, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String key = language + ':' + term;
                if (!terms.containsKey(key)) {
                    String word = text.substring(offset.startOffset(), offset.endOffset());
                    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
                    terms.put(key, (apostrophe >= 0 ? word.substring(apostrophe + 1) : word)
                            .toLowerCase(java.util.Locale.ROOT));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Id of an analysed term, or -1 when no template has it. */
    int termId(String key) {
        Integer id = termIds.get(key);
        return id == null ? -1 : id;
    }

    int[] postings(int termId) {
        return postings[termId];
    }

    float idf(int termId) {
        return termId < 0 ? unknownIdf : idf[termId];
    }

    int[] withNarrative(String code) {
        return byNarrative.getOrDefault(code, new int[0]);
    }

    String narrativeLabel(String code, boolean english) {
        String[] labels = narrativeLabels.get(code);
        return labels == null ? code : labels[english ? 1 : 0];
    }

    int size() {
        return entries.length;
    }
}
