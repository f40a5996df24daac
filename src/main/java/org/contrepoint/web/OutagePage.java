package org.contrepoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When the database is out of reach before any page code runs (resolving the session, for instance), people get
 * a clear 503 page that asks them to try again, not a generic 500. The page stands alone: nothing on it needs
 * the database or the person's identity. Everything else goes on to Quarkus's own error handling.
 */
@ApplicationScoped
public class OutagePage {

    private static final Logger LOG = Logger.getLogger(OutagePage.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance unavailable();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.response().headWritten() || !Databases.isUnavailable(context.failure())) {
                context.next();
                return;
            }
            LOG.warn("Database unavailable while serving " + context.request().method() + " " + context.normalizedPath());
            boolean api = context.normalizedPath().startsWith("/api/");
            context.response().setStatusCode(503).putHeader("Retry-After", "30");
            if (api) {
                context.response().putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}");
            } else {
                context.response().putHeader("Content-Type", "text/html; charset=UTF-8")
                        .end(Templates.unavailable().render());
            }
        });
    }
}
