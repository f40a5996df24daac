package org.contrepoint.queue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** One post: its details and priority, claiming, the decision, evidence and the printable referral dossier. */
@Path("/queue/posts/{id}")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class PostResource {

    private static final String WORKERS_ONLY = "community-manager,admin";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PostPage view, DecisionForm form, Map<String, String> errors,
                String notice, String problem);

        static native TemplateInstance dossier(PostPage view, String printedBy, Instant printedAt);
    }

    @Inject
    QueueChoices choices;

    @Inject
    Claims claims;

    @Inject
    Decisions decisions;

    @Inject
    EvidenceStore evidence;

    @Inject
    QueueEvents events;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id, @RestQuery String done, @RestQuery String conflict,
            @RestQuery String refused) {
        PostPage view = view(id);
        QueueMessages m = QueueResource.messagesFor(page.lang());
        String problem = null;
        if (conflict != null) {
            problem = problem(m, conflict, view.post().assigneeName);
        } else if (refused != null) {
            problem = switch (refused) {
                case "EMPTY" -> m.evidenceEMPTY();
                case "TOO_BIG" -> m.evidenceTOO_BIG();
                default -> m.evidenceNOT_AN_IMAGE();
            };
        }
        String notice = done == null ? null : done.matches("\\d+-\\d+")
                ? m.decidedCluster(Integer.parseInt(done.split("-")[0]), Integer.parseInt(done.split("-")[1]))
                : m.done();
        return Templates.show(view, emptyForm(view.post()), Map.of(), notice, problem);
    }

    @POST
    @Path("/claim")
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID })
    public Response claim(@PathParam("id") long id) {
        try {
            Post post = claims.claim(id);
            events.holder(id, post.assigneeName);
            return back(id, "done=1");
        } catch (QueueConflict e) {
            return failed(id, e);
        }
    }

    @POST
    @Path("/release")
    public Response release(@PathParam("id") long id, @RestForm int version) {
        try {
            claims.release(id, version);
            events.holder(id, null);
            return back(id, "done=1");
        } catch (QueueConflict e) {
            return failed(id, e);
        }
    }

    @POST
    @Path("/reassign")
    @RolesAllowed({ Role.REVIEWER_ID, Role.ADMIN_ID })
    public Response reassign(@PathParam("id") long id, @RestForm int version, @RestForm long person) {
        try {
            Post post = claims.reassign(id, version, person);
            events.holder(id, post.assigneeName);
            return back(id, "done=1");
        } catch (QueueConflict e) {
            return failed(id, e);
        }
    }

    @POST
    @Path("/decision")
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID })
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") long id, @RestForm String kind, @RestForm String reason,
            @RestForm String target, @RestForm String reference, @RestForm String followUp,
            @RestForm String wholeCluster, @RestForm int version) {
        DecisionForm form = new DecisionForm(kind, reason, target, reference, followUp, "on".equals(wholeCluster),
                version);
        Map<String, String> errors = form.errors(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        QueueMessages m = QueueResource.messagesFor(page.lang());
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.show(view(id), form, errors, null, m.formErrors())).build();
        }
        try {
            Decisions.Result result = decisions.decide(id, form);
            return back(id, "done=" + result.followed() + "-" + result.skipped());
        } catch (QueueConflict e) {
            // The form comes back as typed, with why it was refused: nothing is lost.
            PostPage view = view(id);
            return Response.status(409).entity(Templates.show(view, form, Map.of(), null,
                    problem(m, e.kind().name(), e.holder() != null ? e.holder() : view.post().assigneeName))).build();
        }
    }

    @POST
    @Path("/close")
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID })
    public Response close(@PathParam("id") long id, @RestForm int version) {
        try {
            decisions.close(id, version);
            return back(id, "done=1");
        } catch (QueueConflict e) {
            return failed(id, e);
        }
    }

    @POST
    @Path("/evidence")
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID })
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        view(id);
        long size = file == null ? 0 : file.size();
        byte[] head = new byte[8];
        int read = 0;
        if (size > 0) {
            try (InputStream in = Files.newInputStream(file.uploadedFile())) {
                read = in.readNBytes(head, 0, 8);
            }
        }
        EvidenceStore.Refusal refusal = EvidenceStore.check(size, java.util.Arrays.copyOf(head, read));
        if (refusal != null) {
            return back(id, "refused=" + refusal.name());
        }
        evidence.add(id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
        return back(id, "done=1");
    }

    @GET
    @Path("/evidence/{evidenceId}")
    public Response screenshot(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        try {
            EvidenceStore.Shot shot = evidence.view(id, evidenceId);
            return Response.ok(shot.content(), shot.mediaType()).header("Cache-Control", "no-store")
                    .header("Content-Disposition", "inline; filename=\"capture-" + shot.id() + "\"").build();
        } catch (QueueConflict e) {
            throw new NotFoundException();
        }
    }

    @GET
    @Path("/dossier")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dossier(@PathParam("id") long id) {
        PostPage view = view(id);
        evidence.exported(view.post());
        return Templates.dossier(view, user.displayName(), clock.instant());
    }

    private PostPage view(long id) {
        Post post = Post.findById(id);
        if (post == null) {
            throw new NotFoundException();
        }
        long clusterSize = post.clusterId == null ? 0 : Post.count("clusterId", post.clusterId);
        boolean worker = user.hasAnyRole(Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID);
        boolean holder = Objects.equals(post.assigneeId, user.personId());
        List<QueueChoices.ManagerOption> managers = user.hasAnyRole(Role.REVIEWER_ID, Role.ADMIN_ID)
                ? choices.managers() : List.of();
        return new PostPage(post, Evidence.ofPost(id), clusterSize, worker, holder,
                user.hasAnyRole(Role.REVIEWER_ID, Role.ADMIN_ID), managers, clock.instant(),
                post.lowReach(choices.lowReachThreshold()), user.hasRole(Role.COMMUNITY_MANAGER_ID));
    }

    private static DecisionForm emptyForm(Post post) {
        return new DecisionForm(post.decision == null ? null : post.decision.code(), post.decisionReason,
                post.referralTarget == null ? null : post.referralTarget.code(), post.referralReference,
                post.referralFollowUp == null ? null : post.referralFollowUp.toString(), false, post.version);
    }

    private static String problem(QueueMessages m, String kind, String holder) {
        String name = holder == null ? "?" : holder;
        return switch (kind) {
            case "CLAIMED_BY_OTHER" -> m.conflictCLAIMED_BY_OTHER(name);
            case "STALE" -> m.conflictSTALE();
            case "NOT_CLAIMED" -> m.conflictNOT_CLAIMED();
            case "NOT_YOURS" -> m.conflictNOT_YOURS(name);
            default -> m.conflictILLEGAL();
        };
    }

    private static Response back(long id, String query) {
        return Response.seeOther(URI.create("/queue/posts/" + id + "?" + query)).build();
    }

    private static Response failed(long id, QueueConflict e) {
        if (e.kind() == QueueConflict.Kind.NOT_FOUND) {
            throw new NotFoundException();
        }
        return back(id, "conflict=" + e.kind().name());
    }
}
