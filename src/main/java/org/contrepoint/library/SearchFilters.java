package org.contrepoint.library;

import java.util.List;
import java.util.Locale;
import org.contrepoint.taxonomy.TaxonomyChoices.Term;

/**
 * What the library's filter fields show: the choices offered, the ones selected, the reader's language. Every value
 * of the HTML is here, so the fields' HTML is kept by it ({@link org.contrepoint.web.KeptHtml}): most searches
 * use the same few filters, and rendering the dozens of options was a quarter of the search page's time.
 */
public record SearchFilters(Locale locale, List<Term> narratives, List<Term> strategies, boolean seesStatus,
        String narrative, String strategy, String language, String fits, String variant, String attribution,
        String tone, String status) {

    static SearchFilters of(SearchForm form, Locale locale, List<Term> narratives, List<Term> strategies,
            boolean seesStatus) {
        return new SearchFilters(locale, narratives, strategies, seesStatus, form.narrative, form.strategy,
                form.lang, form.fits, form.variant, form.attribution, form.tone, form.status);
    }

    /** Whether {@code value} is the one chosen for {@code field}. */
    public boolean is(String field, String value) {
        String chosen = switch (field) {
            case "lang" -> language;
            case "narrative" -> narrative;
            case "strategy" -> strategy;
            case "attribution" -> attribution;
            case "tone" -> tone;
            case "variant" -> variant;
            case "fits" -> fits;
            case "status" -> status;
            default -> null;
        };
        return value != null && value.equals(chosen);
    }
}
