package org.contrepoint.library;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Strategy;

/** Proposing templates and new versions, revising one sent back, and following one's own proposals. */
@Path("/library")
@RolesAllowed({ Role.CONTRIBUTOR_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class ProposalResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(TemplateForm form, Map<String, String> errors, String action,
                String basedOn, Integer lockVersion, String alert, List<Narrative> narratives,
                List<Strategy> strategies, List<Variables.Variable> variables);

        static native TemplateInstance mine(List<TemplateVersion> versions);
    }

    @Inject
    LibraryService library;
    @Inject
    CurrentUser user;

    @GET
    @Path("/propose")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance proposeForm() {
        return form(TemplateForm.empty(), Map.of(), "/library/propose", null, null, null);
    }

    @POST
    @Path("/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response propose(MultivaluedMap<String, String> params) {
        return save(null, params, "/library/propose");
    }

    @GET
    @Path("/templates/{id}/propose")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newVersionForm(@PathParam("id") String id) {
        Template template = openTemplate(id);
        return form(TemplateForm.of(template.current().content()), Map.of(), "/library/templates/" + id + "/propose",
                id, null, null);
    }

    @POST
    @Path("/templates/{id}/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response newVersion(@PathParam("id") String id, MultivaluedMap<String, String> params) {
        openTemplate(id);
        return save(id, params, "/library/templates/" + id + "/propose");
    }

    @GET
    @Path("/versions/{vid}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editForm(@PathParam("vid") long vid) {
        TemplateVersion v = ownRevisable(vid);
        TemplateForm f = TemplateForm.of(v.content());
        f.changeNote = v.changeNote == null ? "" : v.changeNote;
        return form(f, Map.of(), "/library/versions/" + vid + "/edit", v.templateId, v.version, null);
    }

    @POST
    @Path("/versions/{vid}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("vid") long vid, MultivaluedMap<String, String> params) {
        TemplateVersion v = ownRevisable(vid);
        String action = "/library/versions/" + vid + "/edit";
        TemplateForm f = TemplateForm.from(params);
        f.padSources();
        Map<String, String> errors = new LinkedHashMap<>();
        TemplateContent content = f.toContent(errors);
        errors.putAll(library.check(content, false));
        int expected = parseInt(params.getFirst("version"));
        if (!errors.isEmpty()) {
            return refused(f, errors, action, v.templateId, expected, null);
        }
        try {
            library.revise(vid, expected, content);
        } catch (LibraryService.StaleException e) {
            return Response.status(409).entity(form(f, errors, action, v.templateId, v.version, e.getMessage()))
                    .build();
        }
        return Response.seeOther(URI.create("/library/versions/" + vid + "?done=resubmitted")).build();
    }

    @GET
    @Path("/mine")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mine() {
        return Templates.mine(TemplateVersion.list("authorId = ?1 order by createdAt desc, id desc", user.personId()));
    }

    private Response save(String templateId, MultivaluedMap<String, String> params, String action) {
        TemplateForm f = TemplateForm.from(params);
        f.padSources();
        Map<String, String> errors = new LinkedHashMap<>();
        TemplateContent content = f.toContent(errors);
        errors.putAll(library.check(content, false));
        if (!errors.isEmpty()) {
            return refused(f, errors, action, templateId, null, null);
        }
        TemplateVersion v = library.propose(templateId, content);
        return Response.seeOther(URI.create("/library/versions/" + v.id + "?done=submitted")).build();
    }

    private Response refused(TemplateForm f, Map<String, String> errors, String action, String basedOn,
            Integer lock, String alert) {
        return Response.status(400).entity(form(f, errors, action, basedOn, lock, alert)).build();
    }

    private TemplateInstance form(TemplateForm f, Map<String, String> errors, String action, String basedOn,
            Integer lock, String alert) {
        return Templates.form(f, errors, action, basedOn, lock, alert, Narrative.listActive(), Strategy.listActive(),
                Variables.ALLOWED);
    }

    private static Template openTemplate(String id) {
        Template t = Template.findById(id);
        if (t == null || t.isRetired() || !t.isPublished()) {
            throw new NotFoundException();
        }
        return t;
    }

    private TemplateVersion ownRevisable(long vid) {
        TemplateVersion v = TemplateVersion.findById(vid);
        if (v == null || !LibraryAccess.isAuthor(user, v)
                || (v.status != VersionStatus.CHANGES_REQUESTED && v.status != VersionStatus.DRAFT)) {
            throw new NotFoundException();
        }
        return v;
    }

    static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
