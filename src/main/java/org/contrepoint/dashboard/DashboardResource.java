package org.contrepoint.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.web.CsvWriter;
import org.contrepoint.web.PageContext;
import org.jboss.resteasy.reactive.RestQuery;

/** The team dashboard: figures for a period and filters, each chart with its table, each table as CSV. */
@Path("/dashboard")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(DashboardFilter filter, Map<String, String> errors,
                Map<String, DataTable> tables, Figures figures, List<Narrative> narratives, List<Platform> platforms);
    }

    @Inject
    Dashboard dashboard;

    @Inject
    PageContext page;

    @Inject
    Clock clock;

    /** Filters that cannot be read are reported next to their field (400) and the defaults are shown instead. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@RestQuery String period, @RestQuery String from, @RestQuery String to,
            @RestQuery String narrative, @RestQuery String platform) {
        DashboardFilter.Parsed parsed = parse(period, from, to, narrative, platform);
        Figures figures = dashboard.figures(parsed.filter());
        TemplateInstance body = Templates.index(parsed.filter(), parsed.errors(),
                dashboard.tables(figures, page.locale()), figures, Narrative.listOrdered(), List.of(Platform.values()));
        return Response.status(parsed.errors().isEmpty() ? 200 : 400).entity(body).build();
    }

    /** One table as CSV, with the page's filters; the figures are already aggregated, so the file is small. */
    @GET
    @Path("/export/{table}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@PathParam("table") String table, @RestQuery String period, @RestQuery String from,
            @RestQuery String to, @RestQuery String narrative, @RestQuery String platform) {
        DashboardFilter.Parsed parsed = parse(period, from, to, narrative, platform);
        if (!parsed.errors().isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(String.join("\n", parsed.errors().values())).build();
        }
        DataTable data = dashboard.table(dashboard.figures(parsed.filter()), page.locale(), table)
                .orElseThrow(NotFoundException::new);
        StreamingOutput out = stream -> {
            CsvWriter csv = CsvWriter.start(stream, data.headers());
            data.raw().forEach(csv::row);
            csv.flush();
        };
        DashboardFilter f = parsed.filter();
        String file = "contrepoint-" + table + "-" + f.from() + "-" + f.to() + ".csv";
        return Response.ok(out).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private DashboardFilter.Parsed parse(String period, String from, String to, String narrative, String platform) {
        DashboardMessages m = Dashboard.messages(page.locale());
        DashboardFilter.Parsed parsed = DashboardFilter.parse(period, from, to, narrative, platform,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), m);
        if (parsed.filter().narrative() != null && Narrative.findById(parsed.filter().narrative()) == null) {
            Map<String, String> errors = new java.util.LinkedHashMap<>(parsed.errors());
            errors.put("narrative", m.errorNarrative());
            DashboardFilter f = parsed.filter();
            return new DashboardFilter.Parsed(new DashboardFilter(f.period(), f.from(), f.to(), null, f.platform()),
                    errors);
        }
        return parsed;
    }
}
