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
import org.contrepoint.discussion.DiscussionView;
import org.contrepoint.discussion.Discussions;
import org.contrepoint.discussion.Subject;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.web.PageContext;

/** A proposal's page (content, difference with the published version, discussion) and the reviewers' decisions. */
@Path("/library")
@RolesAllowed({ Role.CONTRIBUTOR_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(List<TemplateVersion> versions);

        static native TemplateInstance version(LibraryViews.VersionView shown, TemplateVersion published,
                List<VersionDiff.Segment> diff, DiscussionView discussion, boolean author, boolean reviewer,
                String done, String alert, String reason);
    }

    @Inject
    LibraryService library;
    @Inject
    Discussions discussions;
    @Inject
    CurrentUser user;
    @Inject
    PageContext page;
    @Inject
    Clock clock;
    @Inject
    TaxonomyChoices taxonomy;

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
        return view(visible(vid), done, null, null, null);
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
        try {
            discussions.comment(subject(v), body);
        } catch (Discussions.Refused refused) {
            DiscussionView refusal = discussions.view(subject(v), commentsPath(v)).rejected(refused.refusal(), body);
            return Response.status(400).entity(view(v, null, null, null, refusal)).build();
        }
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
            return Response.status(400).entity(view(v, null, "Indiquez le motif de votre décision.", reason, null)).build();
        }
        try {
            switch (decision == null ? "" : decision) {
                case "publish" -> library.publish(vid, expected);
                case "request-changes" -> library.requestChanges(vid, expected, reason);
                case "reject" -> library.reject(vid, expected, reason);
                default -> {
                    return Response.status(400).entity(view(v, null, "Décision inconnue.", reason, null)).build();
                }
            }
        } catch (LibraryService.StaleException | IllegalTransitionException e) {
            TemplateVersion fresh = TemplateVersion.findById(vid);
            return Response.status(409).entity(view(fresh, null, e.getMessage(), reason, null)).build();
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

    /** The thread of a version, in the shared discussion component; its rules stay in {@link LibraryAccess}. */
    private static Subject subject(TemplateVersion v) {
        return new Subject("template-version", String.valueOf(v.id), v.title + " (v" + v.number + ")",
                "/library/versions/" + v.id + "#discussion", LibraryAccess.discussionAudience(v));
    }

    private static String commentsPath(TemplateVersion v) {
        return "/library/versions/" + v.id + "/comments";
    }

    /** {@code discussion} is the thread to show after a refused comment; null builds it afresh. */
    private TemplateInstance view(TemplateVersion v, String done, String alert, String reason,
            DiscussionView discussion) {
        Template t = Template.findById(v.templateId);
        TemplateVersion published = t.isPublished() && !t.currentVersionId.equals(v.id) ? t.current() : null;
        List<VersionDiff.Segment> diff = published == null ? null : VersionDiff.words(published.body, v.body);
        if (discussion == null && LibraryAccess.canDiscuss(user, v)) {
            discussion = discussions.view(subject(v), commentsPath(v));
        }
        return Templates.version(LibraryViews.of(v, t.isRetired(),
                LibraryViews.Labels.of(taxonomy, page.locale()), LocalDate.now(clock)), published,
                diff, discussion, LibraryAccess.isAuthor(user, v), user.hasRole(Role.REVIEWER_ID), done, alert,
                reason == null ? "" : reason);
    }
}
