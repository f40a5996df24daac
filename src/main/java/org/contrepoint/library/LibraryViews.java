package org.contrepoint.library;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.contrepoint.library.search.LibrarySearcher;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.taxonomy.TaxonomyChoices.Term;

/** What the library pages show of a version: labels in the page's language, flags, fit and variables. */
public final class LibraryViews {

    /** A version as listed or shown. */
    public record VersionView(TemplateVersion v, String narrativeLabels, String strategyLabel, boolean expired,
            boolean retired) {
        public List<PlatformFit.Fit> fits() {
            return PlatformFit.of(v.body, v.variants);
        }

        public List<Variables.Variable> variables() {
            return Variables.used(v.content().allTexts());
        }

        public String preview() {
            return Variables.preview(v.body);
        }

        public String dir() {
            return v.isRtl() ? "rtl" : "ltr";
        }

        public String excerpt() {
            return TemplateVersion.excerpt(v.body);
        }
    }

    /** A search result, from the index alone (no version read from the database). */
    public record HitView(LibrarySearcher.Card card, String narrativeLabels, String strategyLabel,
            boolean expired) {
        public String dir() {
            return TemplateVersion.isRtl(card.language()) ? "rtl" : "ltr";
        }
    }

    private LibraryViews() {
    }

    /** Narrative and strategy labels by code, in one language: worked out once for a page of versions. */
    public record Labels(Map<String, String> narratives, Map<String, String> strategies) {
        public static Labels of(TaxonomyChoices taxonomy, Locale locale) {
            return of(taxonomy.narratives(), taxonomy.strategies(), locale);
        }

        public static Labels of(List<Term> narratives, List<Term> strategies, Locale locale) {
            return new Labels(narratives.stream().collect(Collectors.toMap(Term::code, n -> n.label(locale))),
                    strategies.stream().collect(Collectors.toMap(Term::code, s -> s.label(locale))));
        }

        /** "Label, label" for narrative codes; a code without a label shows as itself. */
        public String narratives(Collection<String> codes) {
            return String.join(", ", codes.stream().map(code -> narratives.getOrDefault(code, code)).toList());
        }

        public String strategy(String code) {
            return strategies.getOrDefault(code, code);
        }
    }

    public static HitView of(LibrarySearcher.Card card, Labels labels, LocalDate today) {
        return new HitView(card, labels.narratives(card.narratives()), labels.strategy(card.strategy()),
                card.reviewDate() != null && !today.isBefore(card.reviewDate()));
    }

    public static VersionView of(TemplateVersion v, boolean retired, Labels labels, LocalDate today) {
        return new VersionView(v, labels.narratives(v.narratives), labels.strategy(v.strategy), v.isExpired(today),
                retired);
    }
}
