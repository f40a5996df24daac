package org.contrepoint.reply;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.contrepoint.discussion.Discussions;
import org.contrepoint.discussion.Subject;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.web.ConcurrentChange;
import org.contrepoint.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A reply's page: the post it answers, the composer for its author, the sign-off state and approvals, the
 * reviewer's decision, publication and outcomes. Refused moves come back to the page with the text as typed.
 */
@Path("/replies")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class ReplyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<Reply> replies, ReplyStatus status, List<ReplyStatus> statuses);
    }

    @Inject
    Replies replies;
    @Inject
    Outcomes outcomes;
    @Inject
    Discussions discussions;
    @Inject
    ReplyPages pages;
    @Inject
    CurrentUser user;
    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.COMMUNITY_MANAGER_ID)
    public TemplateInstance mine(@QueryParam("status") String status) {
        ReplyStatus filter = ReplyStatus.fromCode(status).orElse(null);
        List<Reply> list = filter == null
                ? Reply.list("authorId = ?1 order by updatedAt desc", user.personId())
                : Reply.list("authorId = ?1 and status = ?2 order by updatedAt desc", user.personId(), filter);
        return Templates.mine(list, filter, List.of(ReplyStatus.values()));
    }

    @GET
    @Path("/{rid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("rid") long rid, @QueryParam("done") String done,
            @QueryParam("voided") int voided) {
        ReplyMessages m = ReplyBundle.of(page.lang());
        String notice = done == null ? null : voided > 0 ? m.approvalsVoided(voided) : m.done(done);
        return pages.show(rid, notice);
    }

    @POST
    @Path("/{rid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.COMMUNITY_MANAGER_ID)
    public Response save(@PathParam("rid") long rid, MultivaluedMap<String, String> params) {
        ComposerForm form = ComposerForm.from(params);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return again(rid, 422, form, errors, ReplyBundle.of(page.lang()).formErrors());
        }
        try {
            Replies.Edited edited = ConcurrentChange.retry(() -> replies.edit(rid, form.version(), form.text(),
                    form.values()));
            if ("submit".equals(params.getFirst("action"))) {
                ConcurrentChange.retry(() -> replies.submit(rid, edited.reply().version));
                return done(rid, "submitted");
            }
            return Response.seeOther(URI.create("/replies/" + rid + "?done=saved&voided=" + edited.voidedApprovals()))
                    .build();
        } catch (ReplyRefusal e) {
            return again(rid, 409, form, Map.of(), ReplyBundle.of(page.lang()).refusal(e.reason()));
        }
    }

    @POST
    @Path("/{rid}/submit")
    @RolesAllowed(Role.COMMUNITY_MANAGER_ID)
    public Response submit(@PathParam("rid") long rid, @RestForm int version) {
        try {
            ConcurrentChange.retry(() -> replies.submit(rid, version));
            return done(rid, "submitted");
        } catch (ReplyRefusal e) {
            return again(rid, 409, null, Map.of(), ReplyBundle.of(page.lang()).refusal(e.reason()));
        }
    }

    @POST
    @Path("/{rid}/withdraw")
    @RolesAllowed(Role.COMMUNITY_MANAGER_ID)
    public Response withdraw(@PathParam("rid") long rid, @RestForm int version) {
        try {
            ConcurrentChange.retry(() -> replies.withdraw(rid, version));
            return done(rid, "withdrawn");
        } catch (ReplyRefusal e) {
            return again(rid, 409, null, Map.of(), ReplyBundle.of(page.lang()).refusal(e.reason()));
        }
    }

    @POST
    @Path("/{rid}/publish")
    @RolesAllowed(Role.COMMUNITY_MANAGER_ID)
    public Response publish(@PathParam("rid") long rid, @RestForm int version, @RestForm String url,
            @RestForm String publishedAt) {
        PublicationForm form = new PublicationForm(url, publishedAt);
        ReplyMessages m = ReplyBundle.of(page.lang());
        if (!form.errors().isEmpty()) {
            return again(rid, 422, null, form.errors(), Map.of("url", url == null ? "" : url, "publishedAt",
                    publishedAt == null ? "" : publishedAt), m.formErrors());
        }
        try {
            ConcurrentChange.retry(() -> replies.publish(rid, version, form.url(), form.at()));
            return done(rid, "published");
        } catch (ReplyRefusal e) {
            return again(rid, 409, null, Map.of(), m.refusal(e.reason()));
        }
    }

    @POST
    @Path("/{rid}/outcomes")
    @RolesAllowed(Role.COMMUNITY_MANAGER_ID)
    public Response outcome(@PathParam("rid") long rid, @RestForm String repliesReceived, @RestForm String reactions,
            @RestForm String postRemoved, @RestForm String accountSuspended, @RestForm String referralResult,
            @RestForm String assessment, @RestForm String note) {
        OutcomeForm form = new OutcomeForm(repliesReceived, reactions, "on".equals(postRemoved),
                "on".equals(accountSuspended), referralResult, assessment, note);
        ReplyMessages m = ReplyBundle.of(page.lang());
        if (!form.errors().isEmpty()) {
            return again(rid, 422, null, form.errors(), form.typed(), m.formErrors());
        }
        try {
            ConcurrentChange.retry(() -> outcomes.record(rid, form));
            return Response.seeOther(URI.create("/replies/" + rid + "?done=outcome#outcomes")).build();
        } catch (ReplyRefusal e) {
            return again(rid, 409, null, Map.of(), m.refusal(e.reason()));
        }
    }

    @POST
    @Path("/{rid}/comments")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID })
    public Response comment(@PathParam("rid") long rid, @RestForm String body) {
        Subject subject = ReplyPages.subject(pages.view(rid).reply());
        try {
            discussions.comment(subject, body);
            return Response.seeOther(URI.create("/replies/" + rid + "#discussion")).build();
        } catch (Discussions.Refused refused) {
            return pages.commentRefused(rid, refused.refusal(), body);
        }
    }

    static Response done(long rid, String what) {
        return Response.seeOther(URI.create("/replies/" + rid + "?done=" + what)).build();
    }

    private Response again(long rid, int status, ComposerForm typed, Map<String, String> errorKeys, String problem) {
        return pages.again(rid, status, typed, errorKeys, Map.of(), problem);
    }

    private Response again(long rid, int status, ComposerForm typed, Map<String, String> errorKeys,
            Map<String, String> typedValues, String problem) {
        return pages.again(rid, status, typed, errorKeys, typedValues, problem);
    }
}
