package org.contrepoint.taxonomy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.contrepoint.web.Languages;
import org.contrepoint.web.RecentValue;
import org.contrepoint.web.ReferenceChanges;

/**
 * The narratives and strategies as pages list them (filters, tags, labels of results), read at most once per
 * {@code contrepoint.web.reference-lifetime} instead of once or twice per page view: admins rarely change them,
 * and a change made on this instance shows at once ({@link ReferenceChanges}).
 */
@ApplicationScoped
public class TaxonomyChoices {

    /** A narrative or strategy as an option or a label; {@code active} ones are offered for new work. */
    public record Term(String code, String labelFr, String labelEn, boolean active) {
        public String label(Locale locale) {
            return Languages.pick(locale, labelFr, labelEn);
        }
    }

    @Inject
    ReferenceChanges changes;

    private RecentValue<List<Term>> narratives;
    private RecentValue<List<Term>> strategies;

    @PostConstruct
    void init() {
        narratives = changes.value(() -> Narrative.listOrdered().stream()
                .map(n -> new Term(n.code, n.labelFr, n.labelEn, n.active)).toList(), Narrative.class);
        strategies = changes.value(() -> Strategy.listOrdered().stream()
                .map(s -> new Term(s.code, s.labelFr, s.labelEn, s.active)).toList(), Strategy.class);
    }

    /** Every narrative, retired ones included (posts and versions may still carry them), in the admins' order. */
    public List<Term> narratives() {
        return narratives.get();
    }

    /** Every strategy, retired ones included, in the admins' order. */
    public List<Term> strategies() {
        return strategies.get();
    }
}
