package org.contrepoint.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.contrepoint.identity.Role;
import org.contrepoint.web.QueryString;

/** The audit log for admins: filters, keyset paging and chain verification. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_ID)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(AuditFilterForm filter, List<AuditEntry> entries, Long nextBefore,
                ChainVerification verification);
    }

    @Inject
    AuditChain chain;

    @Inject
    AuditExport exporter;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance index(@BeanParam AuditFilterForm filter) {
        return render(filter, null);
    }

    /** Verifying reads the whole chain and changes nothing, hence a GET. */
    @GET
    @Path("/verify")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance verify(@BeanParam AuditFilterForm filter) {
        return render(filter, chain.verify());
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response exportCsv(@BeanParam AuditFilterForm filter) {
        return export(filter, AuditExport.Format.CSV, "csv");
    }

    @GET
    @Path("/export.jsonl")
    @Produces("application/jsonl; charset=UTF-8")
    public Response exportJsonLines(@BeanParam AuditFilterForm filter) {
        return export(filter, AuditExport.Format.JSON_LINES, "jsonl");
    }

    /** The export is itself recorded (chain of custody), before the file leaves. */
    private Response export(AuditFilterForm filter, AuditExport.Format format, String extension) {
        QuarkusTransaction.requiringNew().run(() -> audit.record("audit.exported", "audit", null,
                filter.withFilters(new QueryString().add("format", extension)).toString()));
        StreamingOutput body = out -> exporter.write(filter.toSearch(), format, out);
        String file = "contrepoint-audit-" + LocalDate.now(clock) + "." + extension;
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private TemplateInstance render(AuditFilterForm filter, ChainVerification verification) {
        List<AuditEntry> entries = filter.toSearch().page();
        Long nextBefore = null;
        if (entries.size() > AuditSearch.PAGE_SIZE) {
            entries = entries.subList(0, AuditSearch.PAGE_SIZE);
            nextBefore = entries.get(entries.size() - 1).seq;
        }
        return Templates.index(filter, entries, nextBefore, verification);
    }
}
