package org.contrepoint.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    public static VersionView of(TemplateVersion v, boolean retired, Locale locale, LocalDate today) {
        String narratives = String.join(", ", v.narratives.stream().map(code -> {
            Narrative n = Narrative.findById(code);
            return n == null ? code : n.label(locale);
        }).toList());
        Strategy s = Strategy.findById(v.strategy);
        return new VersionView(v, narratives, s == null ? v.strategy : s.label(locale), v.isExpired(today), retired);
    }

    public static List<VersionView> of(List<TemplateVersion> versions, Locale locale, LocalDate today) {
        return versions.stream().map(v -> {
            Template t = Template.findById(v.templateId);
            return of(v, t != null && t.isRetired(), locale, today);
        }).toList();
    }
}
