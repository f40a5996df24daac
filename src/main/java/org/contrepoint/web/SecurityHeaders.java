package org.contrepoint.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Security headers on every response, whoever produces it (pages, API, static files, redirects, errors and the
 * authentication challenge), because the headers are added just before the response is written.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    @Inject
    WebConfig config;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(v -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "same-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                if (config.hsts()) {
                    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                }
                if (!isStaticAsset(path)) {
                    // Pages carry recruiter content and personal data: never keep them in a cache.
                    headers.set("Cache-Control", "no-store");
                }
            });
            context.next();
        }, 10_000);
    }

    static boolean isStaticAsset(String path) {
        return path.startsWith("/dsfr/") || path.startsWith("/webjars/") || path.startsWith("/static/");
    }
}
