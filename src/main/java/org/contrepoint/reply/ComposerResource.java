package org.contrepoint.reply;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.Post;
import org.contrepoint.web.PageContext;

/** Starting a reply to a post: from a vetted template (its variables to fill) or as a free text. */
@Path("/queue/posts/{id}/replies")
@RolesAllowed(Role.COMMUNITY_MANAGER_ID)
public class ComposerResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compose(Post post, ReplySource source, ComposerForm form,
                Map<String, String> errors, String problem);
    }

    @Inject
    Replies replies;
    @Inject
    CurrentUser user;
    @Inject
    PageContext page;
    @Inject
    Clock clock;

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response compose(@PathParam("id") long id, @QueryParam("template") String templateId) {
        Post post = post(id);
        ReplySource source = source(post, templateId);
        String problem = problem(post, templateId, source);
        // A page that only explains why composing is not possible here is still a page: 200.
        return Response.ok(Templates.compose(post, source, ComposerForm.start(source), Map.of(), problem)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("id") long id, MultivaluedMap<String, String> params) {
        Post post = post(id);
        String templateId = params.getFirst("template");
        ReplySource source = source(post, templateId);
        ComposerForm form = ComposerForm.from(params);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.compose(post, source, form,
                    ReplyBundle.explain(ReplyBundle.of(page.lang()), errors),
                    ReplyBundle.of(page.lang()).formErrors())).build();
        }
        try {
            Reply reply = replies.start(id, templateId, form.text(), form.values());
            return Response.seeOther(URI.create("/replies/" + reply.id + "?done=created")).build();
        } catch (ReplyRefusal e) {
            return Response.status(409).entity(Templates.compose(post, source, form, Map.of(),
                    ReplyBundle.of(page.lang()).refusal(e.reason()))).build();
        }
    }

    private String problem(Post post, String templateId, ReplySource source) {
        ReplyMessages m = ReplyBundle.of(page.lang());
        if (templateId != null && !templateId.isBlank() && source == null) {
            return m.templateUnusable();
        }
        try {
            Replies.requireAnswerable(post, user.personId());
            return null;
        } catch (ReplyRefusal e) {
            return m.refusal(e.reason());
        }
    }

    private ReplySource source(Post post, String templateId) {
        return ReplySource.usable(templateId, post.platform, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static Post post(long id) {
        Post post = Post.findById(id);
        if (post == null) {
            throw new NotFoundException();
        }
        return post;
    }
}
