package org.contrepoint.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses every state-changing request that relies on the browser's cookies but lacks a valid CSRF token, before
 * any resource runs. Requests that carry their own credentials (Authorization header: API clients) are not
 * exposed to CSRF and pass.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @Inject
    ErrorResponses errors;

    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (SAFE_METHODS.contains(context.getMethod())
                || context.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        Cookie cookie = request.getCookie(CsrfTokens.COOKIE);
        String submitted = context.getHeaderString(CsrfTokens.HEADER);
        if (submitted == null) {
            Object field = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                    .getFormParameter(CsrfTokens.FORM_FIELD, true, false);
            submitted = field == null ? null : field.toString();
        }
        if (tokens.isValid(cookie == null ? null : cookie.getValue(), submitted)) {
            return null;
        }
        LOG.infof("CSRF token missing or invalid on %s %s", context.getMethod(), request.path());
        return errors.csrfRejected(request.path());
    }
}
