package org.contrepoint.reply.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Role;
import org.contrepoint.reply.Outcome;
import org.contrepoint.reply.OutcomeForm;
import org.contrepoint.reply.Outcomes;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.ReplyBundle;
import org.contrepoint.reply.ReplyRefusal;
import org.contrepoint.reply.ReplyStatus;
import org.contrepoint.web.ConcurrentChange;
import org.contrepoint.web.ProblemDetails;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Replies for reporting and monitoring tools: read drafts and their sign-off state, record outcomes of published
 * replies. Composing and deciding stay in the pages, where a person reads what they approve.
 */
@Path("/api/v1/replies")
@Tag(name = "Replies", description = "Reply drafts, their sign-off and their outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class ReplyApi {

    static final int MAX_LIMIT = 200;

    /** One page of replies, newest first; {@code next} is the {@code before} value of the following page. */
    public record Page(List<ReplyView> replies, Long next) {
    }

    @Inject
    Outcomes outcomes;

    @GET
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID, Role.INTAKE_ID })
    @Operation(summary = "List replies, newest first",
            description = "Filters: status (draft, submitted, changes-requested, approved, rejected, published, "
                    + "withdrawn), postId. Keyset pagination: pass the answer's next as before.")
    @APIResponse(responseCode = "200", description = "{\"replies\": [...], \"next\": id or null}")
    @APIResponse(responseCode = "400", description = "Unknown status or limit out of 1..200 (problem+json)")
    public Response list(@QueryParam("status") String status, @QueryParam("postId") Long postId,
            @Parameter(description = "Only replies with a smaller id") @QueryParam("before") Long before,
            @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return ProblemDetails.of(400, "Bad limit", "limit must be between 1 and " + MAX_LIMIT, null);
        }
        ReplyStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = ReplyStatus.fromCode(status).orElse(null);
            if (wanted == null) {
                return ProblemDetails.of(400, "Unknown status", "status must be one of " + codes(), null);
            }
        }
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (wanted != null) {
            params.add(wanted);
            query.append(" and status = ?").append(params.size());
        }
        if (postId != null) {
            params.add(postId);
            query.append(" and postId = ?").append(params.size());
        }
        if (before != null) {
            params.add(before);
            query.append(" and id < ?").append(params.size());
        }
        List<Reply> found = Reply.<Reply>find(query + " order by id desc", params.toArray()).page(0, size + 1).list();
        boolean more = found.size() > size;
        List<Reply> shown = more ? found.subList(0, size) : found;
        return Response.ok(new Page(shown.stream().map(r -> ReplyView.of(r, Outcome.of(r.id))).toList(),
                more ? shown.get(shown.size() - 1).id : null)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID, Role.INTAKE_ID })
    @Operation(summary = "Read one reply with its approvals and outcomes")
    @APIResponse(responseCode = "200", description = "The reply")
    @APIResponse(responseCode = "404", description = "No such reply")
    public ReplyView get(@PathParam("id") long id) {
        Reply reply = Reply.findById(id);
        if (reply == null) {
            throw new NotFoundException();
        }
        return ReplyView.of(reply, Outcome.of(id));
    }

    @POST
    @Path("/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.INTAKE_ID })
    @Operation(summary = "Record what followed a published reply",
            description = "Fields: assessment (positive|neutral|negative, required), repliesReceived, reactions "
                    + "(whole numbers ≥ 0), postRemoved, accountSuspended (booleans), referralResult (pending, "
                    + "content-removed, account-suspended, no-action, proceedings), note (≤ 2,000 characters). The "
                    + "latest outcome counts for the template's effectiveness.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the reply")
    @APIResponse(responseCode = "404", description = "No such reply")
    @APIResponse(responseCode = "409", description = "The reply is not published (problem+json)")
    @APIResponse(responseCode = "422", description = "Invalid fields, one entry per field (problem+json)")
    public Response outcome(@PathParam("id") long id, OutcomeInput input) {
        if (input == null) {
            return ProblemDetails.of(400, "Unreadable JSON", "a JSON object is expected", null);
        }
        OutcomeForm form = input.toForm();
        if (!form.errors().isEmpty()) {
            var m = ReplyBundle.of("fr");
            List<Map<String, String>> errors = form.errors().entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", m.fieldError(e.getValue()))).toList();
            return ProblemDetails.of(422, "Invalid outcome: nothing was stored", null, Map.of("errors", errors));
        }
        try {
            ConcurrentChange.retry(() -> outcomes.record(id, form));
        } catch (ReplyRefusal e) {
            return ProblemDetails.of(409, "Reply not published", "outcomes are recorded for published replies only",
                    null);
        }
        return Response.created(URI.create("/api/v1/replies/" + id)).entity(get(id)).build();
    }

    private static List<String> codes() {
        return java.util.Arrays.stream(ReplyStatus.values()).map(ReplyStatus::code).toList();
    }
}
