package org.contrepoint.reply.suggestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.contrepoint.queue.Post;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.web.Bundles;

/**
 * Ranks the published templates for a post, best first, each with its score and its reasons. The formula is in
 * docs/suggestions.md; in short, out of 100: text similarity 40, shared narratives 25, same language 15, platform
 * fit 10, past effectiveness 10. Retired templates and templates past their review date are never suggested, and
 * a template sharing neither a narrative nor a word with the post is not a suggestion at all.
 */
@ApplicationScoped
public class Suggestions {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 50;

    static final double TEXT = 40;
    static final double NARRATIVE = 25;
    static final double LANGUAGE = 15;
    static final double PLATFORM = 10;
    static final double EFFECTIVENESS = 10;
    /**
     * Cosine similarity at which the text counts in full. A short post and a template of a few paragraphs rarely
     * share more than this even when the template answers exactly that post.
     */
    static final double TEXT_SATURATION = 0.3;
    /** Platform points when only the body fits: a variant written for the platform is better. */
    static final double BODY_FITS = 0.8;
    private static final int QUOTED_WORDS = 5;

    /** Why a template is suggested: a stable code for machines, the points it brings, and a sentence for people. */
    public record Reason(String code, double points, String text) {
    }

    /** One suggestion: the template, the version that would be used, its score out of 100 and its reasons. */
    public record Suggestion(String templateId, long versionId, String title, String language, double score,
            List<Reason> reasons) {
    }

    /** What of a post the suggestions read. */
    public record PostFeatures(String text, String language, Platform platform, Collection<String> narratives) {
        public static PostFeatures of(Post post) {
            return new PostFeatures(post.text, post.language, post.platform, Set.copyOf(post.narratives));
        }
    }

    /** Per-thread accumulators, reused so that a query does not allocate two arrays the size of the library. */
    private static final class Scratch {
        float[] dot = new float[0];
        int[] shared = new int[0];

        Scratch clear(int n) {
            if (dot.length < n) {
                dot = new float[n];
                shared = new int[n];
            } else {
                Arrays.fill(dot, 0, n, 0f);
                Arrays.fill(shared, 0, n, 0);
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    @Inject
    SuggestionIndex index;

    @Inject
    Clock clock;

    public static SuggestionMessages messages(String lang) {
        return Bundles.of(SuggestionMessages.class, lang);
    }

    public List<Suggestion> forPost(Post post, int limit, String lang) {
        return suggest(PostFeatures.of(post), limit, lang);
    }

    public List<Suggestion> suggest(PostFeatures post, int limit, String lang) {
        SuggestionIndex.Snapshot snapshot = index.current();
        Catalog catalog = snapshot.catalog();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int n = catalog.size();
        if (n == 0 || limit <= 0) {
            return List.of();
        }
        // Text: idf-weighted cosine between the post's distinct words and each template's.
        Map<String, String> words = Catalog.analyse(post.language(), post.text());
        int[] termIds = new int[words.size()];
        double postSquares = 0;
        int i = 0;
        for (String term : words.keySet()) {
            int id = catalog.termId(term);
            termIds[i++] = id;
            float w = catalog.idf(id);
            postSquares += w * w;
        }
        double postNorm = Math.sqrt(postSquares);
        Scratch scratch = SCRATCH.get().clear(n);
        float[] dot = scratch.dot;
        for (int id : termIds) {
            if (id >= 0) {
                float w2 = catalog.idf(id) * catalog.idf(id);
                for (int doc : catalog.postings(id)) {
                    dot[doc] += w2;
                }
            }
        }
        int[] shared = scratch.shared;
        for (String narrative : post.narratives()) {
            for (int doc : catalog.withNarrative(narrative)) {
                shared[doc]++;
            }
        }
        // Every template that shares something with the post is scored; the best `limit` are kept as they come,
        // in a small array sorted best first, so that no list of thousands is ever sorted.
        int postNarratives = post.narratives().size();
        int keep = Math.min(limit, n);
        int[] best = new int[keep];
        double[] bestScore = new double[keep];
        int found = 0;
        long day = today.toEpochDay();
        int language = catalog.languageId(post.language());
        float[] fit = post.platform() == null ? new float[n] : catalog.platformFit[post.platform().ordinal()];
        float[] norms = catalog.norms;
        long[] reviewDays = catalog.reviewDays;
        byte[] languages = catalog.languages;
        byte[] effectiveness = snapshot.effectiveness();
        int[] tieRank = snapshot.tieRank();
        for (int doc = 0; doc < n; doc++) {
            if (dot[doc] == 0 && shared[doc] == 0 || day >= reviewDays[doc]) {
                continue;
            }
            double score = TEXT * text(dot[doc], postNorm, norms[doc])
                    + NARRATIVE * (postNarratives == 0 ? 0 : (double) shared[doc] / postNarratives)
                    + LANGUAGE * (languages[doc] == language ? 1 : 0)
                    + PLATFORM * fit[doc]
                    + EFFECTIVENESS * effectiveness[doc] / 100.0;
            if (found == keep && !before(tieRank, doc, score, best[keep - 1], bestScore[keep - 1])) {
                continue;
            }
            int at = found < keep ? found++ : keep - 1;
            while (at > 0 && before(tieRank, doc, score, best[at - 1], bestScore[at - 1])) {
                best[at] = best[at - 1];
                bestScore[at] = bestScore[at - 1];
                at--;
            }
            best[at] = doc;
            bestScore[at] = score;
        }
        SuggestionMessages m = messages(lang);
        boolean english = "en".equals(lang);
        List<Suggestion> result = new ArrayList<>(found);
        for (int k = 0; k < found; k++) {
            int doc = best[k];
            Catalog.Entry e = catalog.entries[doc];
            List<Reason> reasons = reasons(catalog, e, post, termIds, words, dot[doc], postNorm,
                    snapshot.uses()[doc], snapshot.assessed()[doc], snapshot.effectiveness()[doc], m, english);
            result.add(new Suggestion(e.templateId(), e.versionId(), e.title(), e.language(), round(bestScore[k]),
                    reasons));
        }
        return result;
    }

    /**
     * Ranking order: higher score, then more uses, then the template id (so that equal scores stay stable); the last
     * two as the snapshot's tie rank.
     */
    private static boolean before(int[] tieRank, int doc, double score, int other, double otherScore) {
        return score != otherScore ? score > otherScore : tieRank[doc] < tieRank[other];
    }

    /** Text similarity from 0 to 1: the cosine, reaching 1 at {@link #TEXT_SATURATION}. */
    static double text(float dot, double postNorm, float docNorm) {
        if (dot == 0 || postNorm == 0 || docNorm == 0) {
            return 0;
        }
        return Math.min(1, dot / (postNorm * docNorm) / TEXT_SATURATION);
    }

    /** Platform fit from 0 to 1: a variant that fits 1, the body that fits {@link #BODY_FITS}, too long 0. */
    static double platform(Catalog.Entry e, Platform platform) {
        if (platform == null || e.length(platform) > platform.maxLength()) {
            return 0;
        }
        return e.hasVariant(platform) ? 1 : BODY_FITS;
    }

    private static List<Reason> reasons(Catalog catalog, Catalog.Entry e, PostFeatures post, int[] termIds,
            Map<String, String> words, float dot, double postNorm, int uses, int assessed, int effectiveness,
            SuggestionMessages m, boolean english) {
        List<Reason> reasons = new ArrayList<>();
        List<String> common = e.narratives().stream().filter(post.narratives()::contains).toList();
        if (!common.isEmpty()) {
            String labels = String.join(", ", common.stream().map(c -> catalog.narrativeLabel(c, english)).toList());
            reasons.add(new Reason("narrative", round(NARRATIVE * common.size() / post.narratives().size()),
                    common.size() == 1 ? m.reasonNarrative(labels) : m.reasonNarratives(labels)));
        }
        if (dot > 0) {
            // The post's own words behind the shared terms, rarest first.
            String[] surfaces = words.values().toArray(String[]::new);
            List<Integer> matched = new ArrayList<>();
            for (int k = 0; k < termIds.length; k++) {
                if (termIds[k] >= 0 && Arrays.binarySearch(e.terms(), termIds[k]) >= 0) {
                    matched.add(k);
                }
            }
            matched.sort(Comparator.comparingDouble(k -> -catalog.idf(termIds[k])));
            String quoted = String.join(", ", matched.stream().limit(QUOTED_WORDS).map(k -> surfaces[k]).toList())
                    + (matched.size() > QUOTED_WORDS ? ", …" : "");
            reasons.add(new Reason("text", round(TEXT * text(dot, postNorm, e.norm())), m.reasonText(quoted)));
        }
        if (e.language().equals(post.language())) {
            reasons.add(new Reason("language", LANGUAGE, m.reasonSameLanguage(e.language())));
        } else {
            reasons.add(new Reason("other-language", 0, m.reasonOtherLanguage(e.language())));
        }
        Platform p = post.platform();
        if (p != null) {
            int length = e.length(p);
            double points = round(PLATFORM * platform(e, p));
            String label = p.label(english ? Locale.ENGLISH : Locale.FRENCH);
            if (length > p.maxLength()) {
                reasons.add(new Reason("too-long", 0, m.reasonTooLong(label, length, p.maxLength())));
            } else if (e.hasVariant(p)) {
                reasons.add(new Reason("variant-fits", points, m.reasonVariantFits(label, length, p.maxLength())));
            } else {
                reasons.add(new Reason("fits", points, m.reasonFits(label, length, p.maxLength())));
            }
        }
        if (uses == 0 && assessed == 0) {
            reasons.add(new Reason("no-history", round(EFFECTIVENESS * effectiveness / 100.0), m.reasonNoHistory()));
        } else {
            reasons.add(new Reason("effectiveness", round(EFFECTIVENESS * effectiveness / 100.0),
                    m.reasonEffectiveness(effectiveness, uses)));
        }
        return reasons;
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }
}
