package org.contrepoint.library;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;

/** Library administration: retire templates, see those expiring, import the shipped folder, export a zip. */
@Path("/admin/library")
@RolesAllowed(Role.ADMIN_ID)
public class LibraryAdminResource {

    /** Templates whose review date falls within this many days are listed as expiring. */
    static final int EXPIRING_DAYS = 90;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Row> rows, String done, String alert);
    }

    /** A template in the admin list. */
    public record Row(Template template, TemplateVersion current, boolean expired, boolean expiring) {
    }

    @Inject
    LibraryService library;
    @Inject
    LibraryImport importer;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("done") String done) {
        return Templates.index(rows(), done, null);
    }

    @POST
    @Path("/templates/{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response retire(@PathParam("id") String id, @FormParam("version") String lock) {
        try {
            library.retire(id, ProposalResource.parseInt(lock));
        } catch (LibraryService.StaleException | IllegalTransitionException e) {
            return Response.status(409).entity(Templates.index(rows(), null, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/admin/library?done=retired")).build();
    }

    @POST
    @Path("/import")
    @Produces(MediaType.TEXT_HTML)
    public Response importFolder() {
        try {
            LibraryImport.Outcome o = importer.importFiles(LibraryFolder.readShipped(), user.actor());
            return Response.seeOther(URI.create("/admin/library?done=imported-" + o.created() + "-" + o.newVersions()
                    + "-" + o.unchanged())).build();
        } catch (LibraryImport.Refused e) {
            return Response.status(400).entity(Templates.index(rows(), null, e.getMessage() + " " + e.errors)).build();
        }
    }

    @GET
    @Path("/export")
    @Produces("application/zip")
    @Transactional
    public Response export() throws IOException {
        List<Template> templates = Template.list("order by id");
        byte[] zip = LibraryFolder.exportZip(templates);
        // An export is a disclosure of the whole library: it is audited like a change.
        audit.record("library.export", "library", "zip", templates.size() + " templates");
        return Response.ok(zip).header("Content-Disposition", "attachment; filename=\"counter-speech-library.zip\"")
                .build();
    }

    private List<Row> rows() {
        LocalDate today = LocalDate.now(clock);
        return Template.<Template>list("order by id").stream().map(t -> {
            TemplateVersion v = t.current();
            boolean expired = v != null && v.isExpired(today);
            boolean expiring = v != null && v.reviewDate != null && !expired
                    && v.reviewDate.isBefore(today.plusDays(EXPIRING_DAYS));
            return new Row(t, v, expired, expiring);
        }).toList();
    }
}
