package org.contrepoint.identity;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.contrepoint.web.Databases;
import org.contrepoint.web.Languages;
import org.contrepoint.web.SafeRedirects;

/**
 * Embedded (demo) sign-in: a session cookie for pages, HTTP Basic for the API. Written here rather than using
 * Quarkus form authentication because its cookie cannot be revoked at logout and its login POST cannot carry
 * our CSRF token. In OIDC mode this mechanism stands aside and Quarkus OIDC does the work.
 */
@ApplicationScoped
public class EmbeddedAuthMechanism implements HttpAuthenticationMechanism {

    static final String CLIENT_ADDRESS = "contrepoint.client-address";

    @Inject
    IdentityConfig config;

    @Inject
    IdentityService identityService;

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance identityUnavailable(String lang, String retry);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!config.embedded()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordAuthenticationRequest request = basic(authorization.substring(6).trim());
            if (request == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            request.setAttribute(CLIENT_ADDRESS, clientAddress(context));
            return identityProviderManager.authenticate(request);
        }
        Cookie cookie = context.request().getCookie(Sessions.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        // An expired or revoked session makes the visitor anonymous (public pages stay reachable, protected ones
        // send them to sign in) rather than failing the request. A session that cannot be looked up because the
        // database is away is not an expired one: that failure goes on to the 503 page (web.OutagePage), and the
        // person finds their session again when the database is back.
        return identityProviderManager.authenticate(new SessionTokenRequest(cookie.getValue()))
                .onFailure(Databases::isUnavailable).transform(DatabaseUnavailable::new)
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!config.embedded()) {
            // OIDC in hybrid mode would send an API client without a token to Keycloak's login page: machines
            // get a 401 asking for a bearer token instead; people get Quarkus OIDC's redirect.
            return isApi(context) ? Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"))
                    : Uni.createFrom().optional(java.util.Optional.empty());
        }
        if (isApi(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Contrepoint\""));
        }
        String target = context.request().uri();
        String location = "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        return Uni.createFrom().item(new ChallengeData(302, "Location", location));
    }

    /**
     * In OIDC mode a person who must sign in is sent to Keycloak by Quarkus OIDC (the next mechanism), unless
     * Keycloak does not answer: then they get a 503 page saying so, in Contrepoint, instead of a browser error on
     * Keycloak's address. People already signed in never come here: their session cookie is checked locally.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (config.embedded() || isApi(context)) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        return identityService.reachable().map(up -> {
            if (up) {
                return false;
            }
            Locale locale = Languages.of(context.request());
            String retry = SafeRedirects.localOr(context.request().uri(), "/").toString();
            String page = Templates.identityUnavailable(locale.getLanguage(), retry).setLocale(locale).render();
            context.response().setStatusCode(503)
                    .putHeader("Retry-After", "60")
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("Content-Type", "text/html; charset=UTF-8")
                    .end(page);
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionTokenRequest.class);
    }

    @Override
    public int getPriority() {
        // Ahead of Quarkus OIDC so that, in embedded mode, our challenge (the sign-in page) is the one sent.
        return 2000;
    }

    /** Not an authentication failure (which would send the person to sign in), with the outage as its cause. */
    static final class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(Throwable cause) {
            super("Database unavailable while resolving a session", cause);
        }
    }

    /** Machine endpoints (API, metrics, OpenAPI) get a 401 challenge; pages get the sign-in page. */
    static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api/") || path.startsWith("/q/");
    }

    static String clientAddress(RoutingContext context) {
        return context.request().remoteAddress() == null ? "?" : context.request().remoteAddress().hostAddress();
    }

    private static UsernamePasswordAuthenticationRequest basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
