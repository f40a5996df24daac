package org.contrepoint.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance created while serving a request speaks the visitor's language. Set when the instance
 * is created, because pages returned directly by a resource are rendered before any response filter runs.
 */
@ApplicationScoped
public class PageLocale {

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(PageLocale::applyRequestLocale);
    }

    private static void applyRequestLocale(TemplateInstance instance) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        var current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (current != null) {
            instance.setLocale(Languages.of(current.request()));
        }
    }
}
