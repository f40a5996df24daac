package org.contrepoint.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands out the CSRF cookie when a page first needs it. */
public class WebResponseFilter {

    @Inject
    PageContext page;

    @Inject
    Cookies cookies;

    @ServerResponseFilter
    public void decorate(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance) {
            // Pages wrapped in a Response are rendered after this filter: create the cookie their tokens rely on now.
            page.csrfCookieValue();
        }
        if (page.csrfCookieIsNew()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    cookies.sessionCookie(CsrfTokens.COOKIE, page.csrfCookieValue(), "Lax"));
        }
    }
}
