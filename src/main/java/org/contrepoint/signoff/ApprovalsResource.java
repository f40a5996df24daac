package org.contrepoint.signoff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.ReplyBundle;
import org.contrepoint.reply.ReplyRefusal;
import org.contrepoint.reply.ReplyPages;
import org.contrepoint.web.ConcurrentChange;
import org.contrepoint.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;

/** The reviewer's inbox and their decisions on a reply: approve the text read, request changes, or reject. */
@Path("/approvals")
@RolesAllowed(Role.REVIEWER_ID)
public class ApprovalsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Reply> waiting, List<Reply> approvedByMe);
    }

    @Inject
    Inbox inbox;
    @Inject
    Signoffs signoffs;
    @Inject
    CurrentUser user;
    @Inject
    PageContext page;
    @Inject
    ReplyPages replyPage;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(inbox.waiting(user.personId()), inbox.approvedByMe(user.personId()));
    }

    /** The fingerprint is that of the text the reviewer had on screen: a text changed since is not approved. */
    @POST
    @Path("/{rid}/approve")
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("rid") long rid, @RestForm String fingerprint) {
        try {
            ConcurrentChange.retry(() -> signoffs.approve(rid, fingerprint));
            return Response.seeOther(URI.create("/replies/" + rid + "?done=approved")).build();
        } catch (ReplyRefusal e) {
            return replyPage.refused(rid, 409, null, Map.of(), Map.of(),
                    ReplyBundle.of(page.lang()).refusal(e.reason()));
        }
    }

    @POST
    @Path("/{rid}/decision")
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("rid") long rid, @RestForm String decision, @RestForm String reason,
            @RestForm String comment, @RestForm int version) {
        var m = ReplyBundle.of(page.lang());
        Map<String, String> typed = Map.of("decision", decision == null ? "" : decision, "reason",
                reason == null ? "" : reason, "comment", comment == null ? "" : comment);
        if (comment != null && comment.length() > 4000) {
            return replyPage.refused(rid, 422, null, Map.of("comment", m.fieldError("CommentTooLong")), typed,
                    m.formErrors());
        }
        try {
            switch (decision == null ? "" : decision) {
                case "request-changes" ->
                    ConcurrentChange.retry(() -> signoffs.requestChanges(rid, version, reason, comment));
                case "reject" -> ConcurrentChange.retry(() -> signoffs.reject(rid, version, reason, comment));
                default -> {
                    return replyPage.refused(rid, 422, null, Map.of("decision", m.fieldError("Decision")), typed,
                            m.formErrors());
                }
            }
            return Response.seeOther(URI.create("/replies/" + rid + "?done=" + decision)).build();
        } catch (ReplyRefusal e) {
            return replyPage.refused(rid, 409, null, Map.of(), typed, m.refusal(e.reason()));
        }
    }
}
