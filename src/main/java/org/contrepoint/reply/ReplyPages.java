package org.contrepoint.reply;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contrepoint.discussion.DiscussionView;
import org.contrepoint.discussion.Discussions;
import org.contrepoint.discussion.Subject;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.Post;
import org.contrepoint.signoff.ReasonCode;
import org.contrepoint.web.PageContext;

/**
 * Renders the reply page for the resources that act on a reply (the author's moves, the reviewer's decisions, the
 * discussion): after a refusal it comes back with what was typed and why, so nothing is lost.
 */
@ApplicationScoped
public class ReplyPages {

    @CheckedTemplate(basePath = "ReplyResource")
    static class Templates {
        static native TemplateInstance show(ReplyPage view, ComposerForm form, Map<String, String> errors,
                Map<String, String> typed, String notice, String problem, DiscussionView discussion);
    }

    @Inject
    CurrentUser user;
    @Inject
    PageContext page;
    @Inject
    Discussions discussions;

    /** What the person looking at the reply sees and may do; 404 for an unknown reply. */
    public ReplyPage view(long rid) {
        Reply reply = Reply.findById(rid);
        if (reply == null) {
            throw new NotFoundException();
        }
        Post post = Post.findById(reply.postId);
        return new ReplyPage(reply, post, ReplySource.of(reply), reply.approvals, Outcome.of(rid),
                ReasonCode.active(), user.personId(), user.hasRole(Role.COMMUNITY_MANAGER_ID),
                user.hasRole(Role.REVIEWER_ID));
    }

    public TemplateInstance show(long rid, String notice) {
        ReplyPage view = view(rid);
        return Templates.show(view, ComposerForm.of(view.reply()), Map.of(), Map.of(), notice, null,
                discussion(view.reply()));
    }

    /**
     * The page again with a status: the composer as typed (null: as saved), field errors as keys of
     * {@link ReplyMessages#fieldError}, other typed values, and why the move was refused.
     */
    public Response again(long rid, int status, ComposerForm typed, Map<String, String> errorKeys,
            Map<String, String> typedValues, String problem) {
        return refused(rid, status, typed, ReplyBundle.explain(ReplyBundle.of(page.lang()), errorKeys), typedValues,
                problem);
    }

    /** The same with field errors already in words. */
    public Response refused(long rid, int status, ComposerForm typed, Map<String, String> errors,
            Map<String, String> typedValues, String problem) {
        ReplyPage view = view(rid);
        ComposerForm form = typed == null ? ComposerForm.of(view.reply()) : typed;
        return Response.status(status).entity(Templates.show(view, form, errors, typedValues, null, problem,
                discussion(view.reply()))).build();
    }

    /** After a refused comment: the discussion shows the text as typed with its error. */
    public Response commentRefused(long rid, Discussions.Refusal refusal, String body) {
        ReplyPage view = view(rid);
        DiscussionView rejected = discussions.view(subject(view.reply()), commentsPath(rid)).rejected(refusal, body);
        return Response.status(400).entity(Templates.show(view, ComposerForm.of(view.reply()), Map.of(), Map.of(),
                null, null, rejected)).build();
    }

    /** Replies are discussed by the community managers and reviewers (the author included), not by admins alone. */
    private DiscussionView discussion(Reply reply) {
        return user.hasAnyRole(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID)
                ? discussions.view(subject(reply), commentsPath(reply.id)) : null;
    }

    static Subject subject(Reply reply) {
        return new Subject("reply", String.valueOf(reply.id), "n° " + reply.id, "/replies/" + reply.id + "#discussion",
                Subject.audience(Set.of(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID), List.of(reply.authorId)));
    }

    private static String commentsPath(long rid) {
        return "/replies/" + rid + "/comments";
    }
}
