package org.contrepoint.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contrepoint.identity.Role;

/** The team dashboard: an empty state until the figures exist. */
@Path("/dashboard")
@RolesAllowed({ Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID, Role.ADMIN_ID })
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index();
    }
}
