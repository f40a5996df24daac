package org.contrepoint.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.queue.PostSource;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Platform;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.contrepoint.identity.Role;

/** Manual entry of a post seen by a person, and file imports with their preview. */
@Path("/queue")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.ADMIN_ID })
public class IntakeResource {

    static final List<String> FIELDS = List.of("platform", "platformId", "url", "authorHandle", "authorName", "text",
            "language", "postedAt", "followers", "views", "shares", "reactions", "mediaDescription", "risk");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newPost(Map<String, String> values, List<String> chosen,
                Map<String, String> errors, List<Narrative> narratives, List<Platform> platforms, Long knownId);

        static native TemplateInstance importForm(boolean unreadable, Integer created, Integer skipped, boolean gone);

        static native TemplateInstance preview(Imports.Preview preview);
    }

    @Inject
    PostInputReader reader;

    @Inject
    IntakeService intake;

    @Inject
    Imports imports;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    org.contrepoint.queue.QueueEvents events;

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newPost() {
        return Templates.newPost(Map.of(), List.of(), Map.of(), Narrative.listActive(), platforms(), null);
    }

    @POST
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String platform, @RestForm String platformId, @RestForm String url,
            @RestForm String authorHandle, @RestForm String authorName, @RestForm String text,
            @RestForm String language, @RestForm String postedAt, @RestForm String followers, @RestForm String views,
            @RestForm String shares, @RestForm String reactions, @RestForm String mediaDescription,
            @RestForm String risk, @RestForm List<String> narratives) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] given = { platform, platformId, url, authorHandle, authorName, text, language, postedAt, followers,
                views, shares, reactions, mediaDescription, risk };
        for (int i = 0; i < FIELDS.size(); i++) {
            if (given[i] != null && !given[i].isBlank()) {
                values.put(FIELDS.get(i), given[i]);
            }
        }
        ObjectNode item = mapper.createObjectNode();
        ObjectNode metrics = mapper.createObjectNode();
        Map<String, String> errors = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            switch (field) {
                case "followers", "views", "shares", "reactions" -> {
                    try {
                        metrics.put(field, Long.parseLong(value.strip()));
                    } catch (NumberFormatException e) {
                        errors.put(field, "nombre entier attendu");
                    }
                }
                case "postedAt" -> {
                    try {
                        item.put(field, LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC).toString());
                    } catch (DateTimeParseException e) {
                        errors.put(field, "date et heure attendues");
                    }
                }
                default -> item.put(field, value);
            }
        });
        if (!metrics.isEmpty()) {
            item.set("metrics", metrics);
        }
        List<String> chosen = narratives == null ? List.of() : narratives;
        if (!chosen.isEmpty()) {
            chosen.forEach(item.putArray("narratives")::add);
        }
        // The person saw it now: that is the capture time, part of what the fingerprint covers.
        item.put("capturedAt", clock.instant().toString());
        PostInputReader.Item read = reader.read(-1, item, intake.enabledPlatforms(), intake.narrativeCodes());
        read.errors().forEach(e -> errors.putIfAbsent(e.field().replace("metrics.", ""), e.detail()));
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.newPost(values, chosen, errors, Narrative.listActive(),
                    platforms(), null)).build();
        }
        IntakeService.Outcome outcome = intake.ingest(List.of(read), PostSource.MANUAL, null).get(0);
        if (!outcome.created()) {
            return Response.status(200).entity(Templates.newPost(values, chosen, Map.of(), Narrative.listActive(),
                    platforms(), outcome.id())).build();
        }
        events.arrived(1);
        return Response.seeOther(URI.create("/queue/posts/" + outcome.id() + "?done=1")).build();
    }

    @GET
    @Path("/import")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance importForm(@RestQuery Integer created, @RestQuery Integer skipped, @RestQuery String gone) {
        return Templates.importForm(false, created, skipped, gone != null);
    }

    @POST
    @Path("/import")
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.size() <= 0 || file.size() > Imports.MAX_CHARS) {
            return Response.status(422).entity(Templates.importForm(true, null, null, false)).build();
        }
        String content = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        try {
            ImportDraft draft = imports.upload(file.fileName(), content);
            return Response.seeOther(URI.create("/queue/import/" + draft.id)).build();
        } catch (ImportParser.Unreadable e) {
            return Response.status(422).entity(Templates.importForm(true, null, null, false)).build();
        }
    }

    @GET
    @Path("/import/{draft}")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@PathParam("draft") String draftId) {
        Imports.Preview preview = imports.preview(draftId);
        if (preview == null) {
            return Response.ok(Templates.importForm(false, null, null, true)).build();
        }
        return Response.ok(Templates.preview(preview)).build();
    }

    @POST
    @Path("/import/{draft}")
    public Response confirm(@PathParam("draft") String draftId) {
        Imports.Done done = imports.confirm(draftId);
        if (done == null) {
            return imports.preview(draftId) == null ? Response.seeOther(URI.create("/queue/import?gone=1")).build()
                    : Response.seeOther(URI.create("/queue/import/" + draftId)).build();
        }
        if (done.created() > 0) {
            events.arrived(done.created());
        }
        return Response.seeOther(URI.create("/queue/import?created=" + done.created() + "&skipped=" + done.skipped()))
                .build();
    }

    private static List<Platform> platforms() {
        return List.of(Platform.values());
    }
}
