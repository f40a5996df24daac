package org.contrepoint.reply.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.Post;
import org.contrepoint.web.PageContext;
import org.contrepoint.web.ProblemDetails;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The templates suggested for a post, as JSON, for the same people who see the post page. */
@Path("/api/v1/posts/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "Templates suggested for a post")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class SuggestionsApi {

    /** The body: suggestions best first. */
    public record Page(List<Item> suggestions) {
    }

    /** One suggestion; {@code score} is out of 100 and is the sum of the reasons' points. */
    public record Item(String templateId, long versionId, String title, String language, double score,
            List<Reason> reasons) {
        static Item of(Suggestions.Suggestion s) {
            return new Item(s.templateId(), s.versionId(), s.title(), s.language(), s.score(),
                    s.reasons().stream().map(r -> new Reason(r.code(), r.points(), r.text())).toList());
        }
    }

    /**
     * @param code   narrative, text, language, other-language, variant-fits, fits, too-long, effectiveness,
     *               no-history
     * @param points what the reason adds to the score
     * @param text   the reason in French, or English when the caller asks for it (Accept-Language)
     */
    public record Reason(String code, double points, String text) {
    }

    @Inject
    Suggestions suggestions;

    @Inject
    PageContext page;

    @GET
    @Operation(summary = "Templates suggested for a post, best first", description = "Published templates that "
            + "are neither retired nor past their review date, ranked out of 100: text similarity in the post's "
            + "language (40), shared narratives (25), same language (15), fit for the post's platform (10) and "
            + "past effectiveness (10). Each suggestion lists its reasons with a code, the points they bring and "
            + "a sentence (French by default, English with Accept-Language: en). Works whatever the post's state.")
    @APIResponse(responseCode = "200", description = "{\"suggestions\": [{\"templateId\", \"versionId\", \"title\", "
            + "\"language\", \"score\", \"reasons\": [{\"code\", \"points\", \"text\"}]}]}")
    @APIResponse(responseCode = "400", description = "limit is not a whole number from 1 to 50 (problem+json)")
    @APIResponse(responseCode = "404", description = "No such post (problem+json)")
    public Response list(@PathParam("id") long id,
            @Parameter(description = "How many suggestions, 1 to 50 (default 5)") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int n = Suggestions.DEFAULT_LIMIT;
        // "?limit=" with nothing after it is a mistake to report, not a request for the default.
        if (limit != null || uri.getQueryParameters().containsKey("limit")) {
            limit = limit == null ? "" : limit;
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > Suggestions.MAX_LIMIT) {
                return ProblemDetails.of(400, "Invalid request", null, Map.of("errors", List.of(Map.of("field",
                        "limit", "message", "Le nombre de suggestions doit être un entier de 1 à "
                                + Suggestions.MAX_LIMIT + "."))));
            }
        }
        Post post = Post.findById(id);
        if (post == null) {
            throw new NotFoundException();
        }
        List<Item> items = suggestions.forPost(post, n, page.lang()).stream().map(Item::of).toList();
        return Response.ok(new Page(items)).build();
    }
}
