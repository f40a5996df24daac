package org.contrepoint.library.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.library.Gammma;
import org.contrepoint.library.LibraryAccess;
import org.contrepoint.library.LibraryIndex;
import org.contrepoint.library.LibraryService;
import org.contrepoint.library.Template;
import org.contrepoint.library.TemplateContent;
import org.contrepoint.library.TemplateVersion;
import org.contrepoint.library.VersionStatus;
import org.contrepoint.library.search.SearchQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The library as JSON: search, one template with its versions, and proposals. */
@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library", description = "Counter-speech templates")
@RolesAllowed({ Role.CONTRIBUTOR_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class TemplateApi {

    @Inject
    LibraryIndex index;
    @Inject
    LibraryService library;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Search templates", description = "Full text (French, English, Arabic analysis) with "
            + "filters, best first. Only reviewers and admins may ask for a status other than published.")
    public TemplateJson.Page search(@QueryParam("q") String q, @QueryParam("lang") String lang,
            @QueryParam("narrative") String narrative, @QueryParam("strategy") String strategy,
            @Parameter(description = "published (default), submitted, changes-requested, rejected, draft")
            @QueryParam("status") String status, @QueryParam("attribution") String attribution,
            @QueryParam("tone") String tone, @QueryParam("platform") String platform) {
        String s = LibraryAccess.seesAllProposals(user) && VersionStatus.fromCode(status).isPresent() ? status
                : "published";
        var results = index.search(new SearchQuery(q, lang, narrative, strategy, attribution, tone, null, platform, s,
                false, null, 100));
        List<TemplateJson.Summary> items = results.hits().stream().map(h -> new TemplateJson.Summary(
                h.card().templateId(), h.versionId(), h.card().number(), h.card().status(), h.card().title(),
                h.card().language(), h.card().narratives(), h.card().strategy(), h.score())).toList();
        return new TemplateJson.Page(items, results.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One template with the versions the caller may see")
    public TemplateJson.Detail get(@PathParam("id") String id) {
        Template t = Template.findById(id);
        if (t == null) {
            throw new NotFoundException();
        }
        List<TemplateVersion> visible = t.versions().stream().filter(v -> LibraryAccess.canSee(user, v)).toList();
        if (visible.isEmpty()) {
            throw new NotFoundException();
        }
        return TemplateJson.Detail.of(t, visible);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a template (or a new version of templateId)", description = "Creates a "
            + "submission by the caller, to be reviewed. Field errors come back as problem details; nothing is written.")
    public Response propose(TemplateJson.Proposal p) {
        if (p == null) {
            return Problems.invalid(Map.of("body", "Corps JSON absent."));
        }
        TemplateContent content = new TemplateContent(p.title(), p.text(), p.language(), p.narratives(),
                p.strategy(), p.attribution() == null ? "state" : p.attribution(),
                p.tone() == null ? "factual" : p.tone(), Gammma.EMPTY, p.variants(), p.sources(), p.reviewDate(),
                null, p.changeNote());
        Map<String, String> errors = new LinkedHashMap<>();
        library.check(content, false).forEach((k, v) -> errors.put("body".equals(k) ? "text" : k, v));
        if (p.templateId() != null) {
            Template t = Template.findById(p.templateId());
            if (t == null || t.isRetired() || !t.isPublished()) {
                errors.put("templateId", "Modèle inconnu ou retiré.");
            }
        }
        if (!errors.isEmpty()) {
            return Problems.invalid(errors);
        }
        TemplateVersion v = library.propose(p.templateId(), content);
        return Response.created(URI.create("/api/v1/templates/" + v.templateId))
                .entity(TemplateJson.VersionJson.of(v)).build();
    }
}
