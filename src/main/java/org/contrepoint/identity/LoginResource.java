package org.contrepoint.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.contrepoint.web.Cookies;
import org.contrepoint.web.PageContext;
import org.contrepoint.web.SafeRedirects;

/**
 * The sign-in page. In embedded mode it takes a username and password (CSRF-protected like every form); in
 * OIDC mode it sends people to Keycloak.
 */
@Path("/login")
public class LoginResource {

    /** What the page shows under the form, or nothing. */
    public enum Notice { NONE, BAD_CREDENTIALS, THROTTLED, MISSING_FIELDS, LOGGED_OUT }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Notice notice, String username, String next,
                List<DemoAccounts.Account> demoAccounts, String demoPassword);
    }

    @Inject
    IdentityConfig config;

    @Inject
    CurrentUser user;

    @Inject
    EmbeddedSignIn signIn;

    @Inject
    Sessions sessions;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    Cookies cookies;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("next") String next, @QueryParam("loggedOut") String loggedOut) {
        if (user.isSignedIn()) {
            return Response.seeOther(SafeRedirects.localOr(next, "/")).build();
        }
        Notice notice = loggedOut != null ? Notice.LOGGED_OUT : Notice.NONE;
        return Response.ok(page(notice, "", next)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, HttpServerRequest request) {
        if (!config.embedded()) {
            return Response.seeOther(SafeRedirects.localOr(next, "/")).build();
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Response.status(400).entity(page(Notice.MISSING_FIELDS, username, next)).build();
        }
        String client = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        SignInResult result = signIn.verify(username, password, client, "form");
        if (!result.succeeded()) {
            Notice notice = result.failure() == SignInResult.Failure.THROTTLED ? Notice.THROTTLED
                    : Notice.BAD_CREDENTIALS;
            int status = notice == Notice.THROTTLED ? 429 : 401;
            return Response.status(status).entity(page(notice, username, next)).build();
        }
        String token = sessions.open(result.person());
        page.renewCsrfCookie();
        return Response.seeOther(SafeRedirects.localOr(next, "/"))
                .header(HttpHeaders.SET_COOKIE, cookies.sessionCookie(Sessions.COOKIE, token, "Lax"))
                .build();
    }

    private TemplateInstance page(Notice notice, String username, String next) {
        boolean showDemo = config.embedded() && config.demoAccounts();
        String safeNext = SafeRedirects.localOr(next, "/").toString();
        return Templates.login(notice, username == null ? "" : username, safeNext,
                showDemo ? demoAccounts.listed() : List.of(), showDemo ? DemoAccounts.PASSWORD : "");
    }
}
