package org.contrepoint.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Renders every page in the visitor's language and hands out the CSRF cookie when a page first needs it. */
public class WebResponseFilter {

    @Inject
    PageContext page;

    @Inject
    Cookies cookies;

    @ServerResponseFilter
    public void decorate(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getEntity() instanceof TemplateInstance template) {
            template.setLocale(Languages.of(request));
            // Pages are rendered after this filter: make sure the cookie their forms' tokens rely on exists now.
            page.csrfCookieValue();
        }
        if (page.csrfCookieIsNew()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    cookies.sessionCookie(CsrfTokens.COOKIE, page.csrfCookieValue(), "Lax"));
        }
    }
}
