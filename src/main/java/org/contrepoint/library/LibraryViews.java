package org.contrepoint.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Strategy;

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
            return v.body.length() <= 240 ? v.body : v.body.substring(0, 240).strip() + "…";
        }
    }

    private LibraryViews() {
    }

    /** Narrative and strategy labels by code, in one language: worked out once for a page of versions. */
    public record Labels(Map<String, String> narratives, Map<String, String> strategies) {
        public static Labels of(List<Narrative> narratives, List<Strategy> strategies, Locale locale) {
            return new Labels(narratives.stream().collect(Collectors.toMap(n -> n.code, n -> n.label(locale))),
                    strategies.stream().collect(Collectors.toMap(s -> s.code, s -> s.label(locale))));
        }
    }

    public static VersionView of(TemplateVersion v, boolean retired, Locale locale, LocalDate today) {
        return of(v, retired, Labels.of(Narrative.listOrdered(), Strategy.listOrdered(), locale), today);
    }

    public static VersionView of(TemplateVersion v, boolean retired, Labels labels, LocalDate today) {
        String narratives = String.join(", ",
                v.narratives.stream().map(code -> labels.narratives().getOrDefault(code, code)).toList());
        return new VersionView(v, narratives, labels.strategies().getOrDefault(v.strategy, v.strategy),
                v.isExpired(today), retired);
    }
}
