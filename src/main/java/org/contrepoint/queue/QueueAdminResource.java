package org.contrepoint.queue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.Role;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.web.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Admins set the queue's weights, due times, retention and platforms, and see the retention runs. */
@Path("/admin/queue")
@RolesAllowed(Role.ADMIN_ID)
public class QueueAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(QueueSettings settings, List<Platform> platforms, Set<Platform> enabled,
                List<RetentionRun> runs, boolean saved, String problem);
    }

    @Inject
    QueueSettingsService service;

    @Inject
    Retention retention;

    @Inject
    PageContext page;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@RestQuery String saved, @RestQuery String conflict) {
        QueueSettings settings = QueueSettings.current();
        QueueMessages m = QueueResource.messagesFor(page.lang());
        return Templates.index(settings, List.of(Platform.values()), settings.enabledPlatforms(),
                RetentionRun.latest(), saved != null, conflict != null ? m.conflictSTALE() : null);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm int version, @RestForm int weightReach, @RestForm int weightRisk,
            @RestForm int weightRecency, @RestForm int weightNarrative, @RestForm int dueHoursLow,
            @RestForm int dueHoursMedium, @RestForm int dueHoursHigh, @RestForm int dueHoursCritical,
            @RestForm int retentionDays, @RestForm long lowReachThreshold, @RestForm List<String> platforms) {
        QueueSettingsService.Values values = new QueueSettingsService.Values(weightReach, weightRisk, weightRecency,
                weightNarrative, dueHoursLow, dueHoursMedium, dueHoursHigh, dueHoursCritical, retentionDays,
                lowReachThreshold, platforms == null ? List.of() : platforms);
        if (!values.valid()) {
            QueueSettings settings = QueueSettings.current();
            return Response.status(422).entity(Templates.index(settings, List.of(Platform.values()),
                    settings.enabledPlatforms(), RetentionRun.latest(), false,
                    QueueResource.messagesFor(page.lang()).settingsInvalid())).build();
        }
        try {
            service.save(version, values);
        } catch (QueueConflict e) {
            return Response.seeOther(URI.create("/admin/queue?conflict=1")).build();
        }
        return Response.seeOther(URI.create("/admin/queue?saved=1")).build();
    }

    @POST
    @Path("/retention")
    public Response runRetention() {
        // The run itself is recorded as the system's; this entry says which admin asked for it, and when.
        QuarkusTransaction.requiringNew().run(() -> audit.record("retention.requested", "retention_run", null,
                "lancement manuel de la purge de conservation"));
        retention.run(clock.instant());
        return Response.seeOther(URI.create("/admin/queue")).build();
    }
}
