package org.contrepoint.library;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.web.PageContext;

/** A proposal's page (content, difference with the published version, discussion) and the reviewers' decisions. */
@Path("/library")
@RolesAllowed({ Role.CONTRIBUTOR_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(List<TemplateVersion> versions);

        static native TemplateInstance version(LibraryViews.VersionView shown, TemplateVersion published,
                List<VersionDiff.Segment> diff, List<ReviewComment> comments, boolean author, boolean reviewer,
                boolean canDiscuss, String done, String alert, String reason);
    }

    @Inject
    LibraryService library;
    @Inject
    CurrentUser user;
    @Inject
    PageContext page;
    @Inject
    Clock clock;

    @GET
    @Path("/reviews")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.REVIEWER_ID)
    public TemplateInstance reviews() {
        return Templates.reviews(TemplateVersion.list("status = ?1 order by submittedAt, id", VersionStatus.SUBMITTED));
    }

    @GET
    @Path("/versions/{vid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance version(@PathParam("vid") long vid, @QueryParam("done") String done) {
        return view(visible(vid), done, null, null);
    }

    @POST
    @Path("/versions/{vid}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response comment(@PathParam("vid") long vid, @FormParam("body") String body) {
        TemplateVersion v = visible(vid);
        if (!LibraryAccess.canDiscuss(user, v)) {
            throw new NotFoundException();
        }
        if (body == null || body.isBlank() || body.length() > 4000) {
            return Response.status(400).entity(view(v, null, "Écrivez un commentaire (4 000 caractères au plus).",
                    null)).build();
        }
        library.comment(vid, body);
        return Response.seeOther(URI.create("/library/versions/" + vid + "?done=commented#discussion")).build();
    }

    @POST
    @Path("/versions/{vid}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.REVIEWER_ID)
    public Response decide(@PathParam("vid") long vid, @FormParam("decision") String decision,
            @FormParam("reason") String reason, @FormParam("version") String lock) {
        TemplateVersion v = visible(vid);
        int expected = ProposalResource.parseInt(lock);
        boolean needsReason = "request-changes".equals(decision) || "reject".equals(decision);
        if (needsReason && (reason == null || reason.isBlank())) {
            return Response.status(400).entity(view(v, null, "Indiquez le motif de votre décision.", reason)).build();
        }
        try {
            switch (decision == null ? "" : decision) {
                case "publish" -> library.publish(vid, expected);
                case "request-changes" -> library.requestChanges(vid, expected, reason);
                case "reject" -> library.reject(vid, expected, reason);
                default -> {
                    return Response.status(400).entity(view(v, null, "Décision inconnue.", reason)).build();
                }
            }
        } catch (LibraryService.StaleException | IllegalTransitionException e) {
            TemplateVersion fresh = TemplateVersion.findById(vid);
            return Response.status(409).entity(view(fresh, null, e.getMessage(), reason)).build();
        }
        return Response.seeOther(URI.create("/library/versions/" + vid + "?done=" + decision)).build();
    }

    private TemplateVersion visible(long vid) {
        TemplateVersion v = TemplateVersion.findById(vid);
        if (v == null || !LibraryAccess.canSee(user, v)) {
            throw new NotFoundException();
        }
        return v;
    }

    private TemplateInstance view(TemplateVersion v, String done, String alert, String reason) {
        Template t = Template.findById(v.templateId);
        TemplateVersion published = t.isPublished() && !t.currentVersionId.equals(v.id) ? t.current() : null;
        List<VersionDiff.Segment> diff = published == null ? null : VersionDiff.words(published.body, v.body);
        boolean discuss = LibraryAccess.canDiscuss(user, v);
        return Templates.version(LibraryViews.of(v, t.isRetired(), page.locale(), LocalDate.now(clock)), published,
                diff, discuss ? ReviewComment.of(v.id) : List.of(), LibraryAccess.isAuthor(user, v),
                user.hasRole(Role.REVIEWER_ID), discuss, done, alert, reason == null ? "" : reason);
    }
}
