package org.contrepoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.contrepoint.dashboard.HomeSummary;
import org.contrepoint.identity.CurrentUser;

/**
 * The home page: who you are, your roles, what waits on you in each of them (dashboard.HomeSummary), and the spaces
 * they open. The one page a person without roles sees.
 */
@Path("/")
@Authenticated
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String displayName, Set<String> roles, HomeSummary.Summary summary);
    }

    @Inject
    CurrentUser user;

    @Inject
    HomeSummary summary;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(user.displayName(), user.roles(), summary.of(user));
    }
}
