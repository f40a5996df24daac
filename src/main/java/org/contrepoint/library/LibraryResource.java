package org.contrepoint.library;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.library.search.SearchQuery;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.web.KeptHtml;
import org.contrepoint.web.PageContext;
import org.contrepoint.web.WebConfig;

/** The library: search with filters, and a template's page with its history and differences between versions. */
@Path("/library")
@RolesAllowed({ Role.CONTRIBUTOR_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class LibraryResource {

    @CheckedTemplate
    static class Templates {
        /** {@code filters}: the filter fields' HTML ({@link #filters}, kept by {@link SearchFilters}). */
        static native TemplateInstance index(SearchForm form, List<LibraryViews.HitView> results, long total,
                String filters, boolean reviewer);

        static native TemplateInstance filters(SearchFilters f);

        static native TemplateInstance index$results(SearchForm form, List<LibraryViews.HitView> results,
                long total);

        static native TemplateInstance template(Template template, LibraryViews.VersionView shown,
                List<TemplateVersion> history, List<Variables.Variable> allowed, Integer from, Integer to,
                List<VersionDiff.Segment> diff);
    }

    @Inject
    LibraryIndex index;
    @Inject
    TaxonomyChoices taxonomy;
    @Inject
    WebConfig web;
    @Inject
    CurrentUser user;
    @Inject
    PageContext page;
    @Inject
    Clock clock;

    private KeptHtml<SearchFilters> filtersHtml;

    @PostConstruct
    void keep() {
        filtersHtml = new KeptHtml<>(web.keptFragments());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@BeanParam SearchForm form, @HeaderParam("HX-Request") String htmx) {
        boolean seesStatus = LibraryAccess.seesAllProposals(user);
        String status = seesStatus && VersionStatus.fromCode(form.status).isPresent() ? form.status : "published";
        form.status = status;
        var results = index.search(new SearchQuery(form.q, form.lang, form.narrative, form.strategy,
                form.attribution, form.tone, form.variant, form.fits, status, false, null, form.limit()));
        // Results come from the index alone; their labels from the two lists the filters show.
        List<TaxonomyChoices.Term> narratives = taxonomy.narratives();
        List<TaxonomyChoices.Term> strategies = taxonomy.strategies();
        LibraryViews.Labels labels = LibraryViews.Labels.of(narratives, strategies, page.locale());
        List<LibraryViews.HitView> views = results.hits().stream().map(h -> LibraryViews.of(h.card(), labels, today()))
                .toList();
        if (htmx != null) {
            return Templates.index$results(form, views, results.total());
        }
        SearchFilters filters = SearchFilters.of(form, page.locale(),
                narratives.stream().filter(TaxonomyChoices.Term::active).toList(),
                strategies.stream().filter(TaxonomyChoices.Term::active).toList(), seesStatus);
        return Templates.index(form, views, results.total(),
                filtersHtml.get(filters, f -> Templates.filters(f).render()), user.hasRole(Role.REVIEWER_ID));
    }

    @GET
    @Path("/templates/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance template(@PathParam("id") String id, @QueryParam("v") Integer number,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        Template template = Template.findById(id);
        if (template == null) {
            throw new NotFoundException();
        }
        List<TemplateVersion> history = template.versions().stream().filter(v -> LibraryAccess.canSee(user, v))
                .toList();
        TemplateVersion shown = number != null ? pick(history, number)
                : template.isPublished() ? template.current() : history.isEmpty() ? null : history.get(0);
        if (shown == null || !LibraryAccess.canSee(user, shown)) {
            throw new NotFoundException();
        }
        List<VersionDiff.Segment> diff = null;
        if (from != null && to != null) {
            TemplateVersion a = pick(history, from);
            TemplateVersion b = pick(history, to);
            if (a == null || b == null) {
                throw new NotFoundException();
            }
            diff = VersionDiff.words(a.body, b.body);
        }
        return Templates.template(template, LibraryViews.of(shown, template.isRetired(),
                LibraryViews.Labels.of(taxonomy, page.locale()), today()),
                history, Variables.ALLOWED, from, to, diff);
    }

    private static TemplateVersion pick(List<TemplateVersion> history, int number) {
        return history.stream().filter(v -> v.number == number).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
