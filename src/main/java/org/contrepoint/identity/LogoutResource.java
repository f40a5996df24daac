package org.contrepoint.identity;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.web.Cookies;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Signing out (POST, CSRF-protected). Embedded mode deletes the server-side session, so a copied cookie is
 * worthless afterwards; OIDC mode clears the local session and ends the Keycloak session too.
 */
@Path("/logout")
@Authenticated
public class LogoutResource {

    @Inject
    IdentityConfig config;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Cookies cookies;

    @Inject
    Instance<OidcSession> oidcSession;

    @Inject
    Instance<OidcConfigurationMetadata> oidcMetadata;

    @Inject
    @IdToken
    Instance<JsonWebToken> idToken;

    @POST
    @Transactional
    public Response logout(HttpServerRequest request, @Context UriInfo uri) {
        audit.record("logout", "person", String.valueOf(user.personId()), "channel=" + config.mode().name().toLowerCase());
        if (config.embedded()) {
            Cookie cookie = request.getCookie(Sessions.COOKIE);
            if (cookie != null) {
                sessions.end(cookie.getValue());
            }
            return Response.seeOther(URI.create("/login?loggedOut=1"))
                    .header(HttpHeaders.SET_COOKIE, cookies.expired(Sessions.COOKIE)).build();
        }
        URI afterLogout = uri.getBaseUriBuilder().path("login").queryParam("loggedOut", "1").build();
        String rawIdToken = idToken.get().getRawToken();
        oidcSession.get().logout().await().indefinitely();
        String endSession = oidcMetadata.get().getEndSessionUri();
        if (endSession == null || rawIdToken == null) {
            return Response.seeOther(afterLogout).build();
        }
        return Response.seeOther(UriBuilder.fromUri(endSession).queryParam("id_token_hint", rawIdToken)
                .queryParam("post_logout_redirect_uri", afterLogout).build()).build();
    }
}
