package org.contrepoint.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.Post;
import org.contrepoint.queue.QueueEvents;
import org.contrepoint.taxonomy.Platform;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Intake for monitoring tools: one post, or {@code {"posts": [...]}} with up to 1,000. Idempotent on platform +
 * platformId and on the Idempotency-Key header. A batch with any invalid item is refused whole.
 */
@Path("/api/v1/posts")
@Tag(name = "Posts", description = "Intake of posts found by monitoring tools")
public class PostsApi {

    static final int MAX_BATCH = 1000;

    @Inject
    ObjectMapper mapper;

    @Inject
    PostInputReader reader;

    @Inject
    IntakeService intake;

    @Inject
    IntakeApiService service;

    @Inject
    CurrentUser user;

    @Inject
    QueueEvents events;

    @Inject
    IntakeRateLimit rateLimit;

    @jakarta.ws.rs.core.Context
    io.vertx.core.http.HttpServerRequest http;

    @ConfigProperty(name = "contrepoint.intake.max-body-bytes", defaultValue = "5242880")
    int maxBodyBytes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.INTAKE_ID, Role.ADMIN_ID })
    @Operation(summary = "Submit one post or a batch of up to 1,000",
            description = "Fields: platform, platformId, url, authorHandle, authorName, text, language (detected when "
                    + "absent), postedAt, capturedAt (ISO 8601), metrics {followers, views, shares, reactions}, "
                    + "narratives (codes), mediaDescription, risk (low|medium|high|critical, optional). Status, "
                    + "assignee, id and fingerprint are never read from the body.")
    @APIResponse(responseCode = "201", description = "Created: {\"id\"} or {\"items\": [{\"index\",\"id\",\"created\"}]}")
    @APIResponse(responseCode = "200", description = "Already known (platform + platformId): nothing changed")
    @APIResponse(responseCode = "400", description = "Unreadable JSON (problem+json)")
    @APIResponse(responseCode = "409", description = "Another request with the same Idempotency-Key is still being "
            + "processed: retry later with the same key (problem+json)")
    @APIResponse(responseCode = "429", description = "Too many requests from this client: retry after the number of "
            + "seconds in Retry-After (problem+json)")
    @APIResponse(responseCode = "413", description = "Body over the limit or more than 1,000 posts (problem+json)")
    @APIResponse(responseCode = "422", description = "Invalid fields, with index and field per error; or the "
            + "Idempotency-Key was used with another body (problem+json)")
    public Response receive(String body,
            @Parameter(description = "Retries with the same key and body get the first answer again")
            @HeaderParam("Idempotency-Key") String idemKey) {
        IntakeRateLimit.Decision allowed = rateLimit.acquire(clientKey());
        if (!allowed.allowed()) {
            return Response.fromResponse(Problems.of(429, "Too Many Requests",
                    "too many requests from this client; retry after " + allowed.retryAfterSeconds() + " s", null))
                    .header("Retry-After", allowed.retryAfterSeconds()).build();
        }
        if (body != null && body.length() > maxBodyBytes) {
            return Problems.of(413, "Payload Too Large", "at most " + maxBodyBytes + " bytes", null);
        }
        if (idemKey != null && (idemKey.isBlank() || idemKey.length() > 200)) {
            return Problems.of(400, "Bad Idempotency-Key", "1 to 200 characters", null);
        }
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (Exception e) {
            return Problems.of(400, "Unreadable JSON", "the body is not valid JSON", null);
        }
        if (root == null || !root.isObject()) {
            return Problems.of(400, "Unreadable JSON", "a JSON object is expected", null);
        }
        String client = user.username();
        String bodySha = Fingerprints.sha256(body);
        Response replay = replay(client, idemKey, bodySha);
        if (replay != null) {
            return replay;
        }
        boolean batch = root.has("posts");
        List<JsonNode> nodes = new ArrayList<>();
        if (batch) {
            JsonNode posts = root.get("posts");
            if (!posts.isArray() || posts.isEmpty()) {
                return Problems.of(422, "Invalid batch", null, List.of(new FieldError(null, "posts", "liste non vide attendue")));
            }
            if (posts.size() > MAX_BATCH) {
                return Problems.of(413, "Payload Too Large", "at most " + MAX_BATCH + " posts per batch", null);
            }
            posts.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        Set<Platform> enabled = intake.enabledPlatforms();
        Set<String> narratives = intake.narrativeCodes();
        List<PostInputReader.Item> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            PostInputReader.Item item = reader.read(batch ? i : -1, nodes.get(i), enabled, narratives);
            items.add(item);
            errors.addAll(item.errors());
        }
        if (!errors.isEmpty()) {
            return Problems.of(422, batch ? "Invalid posts: nothing was stored" : "Invalid post", null, errors);
        }
        IntakeApiService.Answer answer;
        try {
            answer = service.store(items, batch, client, idemKey, bodySha);
        } catch (PersistenceException | io.quarkus.arc.ArcUndeclaredThrowableException e) {
            // Another request stored the same platform id or the same key at the same moment, and has committed:
            // PostgreSQL made this insert wait for it. The same key gets that request's answer; otherwise, once
            // more finds the posts known.
            replay = replay(client, idemKey, bodySha);
            if (replay != null) {
                return replay;
            }
            try {
                answer = service.store(items, batch, client, idemKey, bodySha);
            } catch (PersistenceException | io.quarkus.arc.ArcUndeclaredThrowableException again) {
                if (idemKey == null) {
                    throw again;
                }
                // The first request with this key has not finished (a database that refuses at once instead of
                // waiting): the client retries later with the same key and gets its answer.
                replay = replay(client, idemKey, bodySha);
                return replay != null ? replay : Problems.of(409, "Request in progress",
                        "another request with this Idempotency-Key is being processed; retry later", null);
            }
        }
        if (answer.created() > 0) {
            events.arrived(answer.created());
        }
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.json()).build();
    }

    /** Whom the rate limit counts: the signed-in client, or its address should there be no name. */
    private String clientKey() {
        String name = user.username();
        if (name != null && !name.isBlank()) {
            return "user:" + name;
        }
        return "address:" + (http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    /** The stored answer of an Idempotency-Key already used (422 with another body); null for a new key. */
    private static Response replay(String client, String idemKey, String bodySha) {
        IntakeKey seen = idemKey == null ? null : IntakeKey.find(client, idemKey);
        if (seen == null) {
            return null;
        }
        return seen.bodySha256.equals(bodySha)
                ? Response.status(seen.status).type(MediaType.APPLICATION_JSON).entity(seen.response).build()
                : Problems.of(422, "Idempotency-Key reused with another body", null, null);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.INTAKE_ID, Role.ADMIN_ID, Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID })
    @Operation(summary = "Read one post")
    @APIResponse(responseCode = "200", description = "The post")
    @APIResponse(responseCode = "404", description = "No such post")
    public PostView get(@PathParam("id") long id) {
        Post post = Post.findById(id);
        if (post == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return PostView.of(post);
    }
}
