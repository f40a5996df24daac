package org.contrepoint.queue;

import java.util.List;
import java.util.Locale;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.taxonomy.TaxonomyChoices.Term;

/**
 * What the queue page's filter form shows: the filters as chosen (without the page cursor, which the form does not
 * show), the choices offered, the reader's language. Every value of its HTML is here, so that HTML is kept by it
 * ({@link org.contrepoint.web.KeptHtml}) like the rows': most views of the queue use the same few filters.
 */
public record QueueForms(Locale locale, QueueFilter filter, List<Platform> platforms, List<Term> narratives,
        List<QueueChoices.ManagerOption> managers) {

    static QueueForms of(Locale locale, QueueFilter filter, List<Term> narratives,
            List<QueueChoices.ManagerOption> managers) {
        return new QueueForms(locale, filter.firstPage(), List.of(Platform.values()), narratives, managers);
    }

    /** What the bulk actions' fields show. */
    public record Bulk(Locale locale, List<Term> narratives, List<QueueChoices.ManagerOption> managers) {
    }

    Bulk bulk() {
        return new Bulk(locale, narratives, managers);
    }
}
