package org.contrepoint.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Turns an error into what the caller can read: a DSFR page for people, RFC 9457 problem details for the API.
 * Never a stack trace, class name or SQL.
 */
@ApplicationScoped
public class ErrorResponses {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    public Response of(ErrorKind kind, String path, String incident) {
        if (path != null && path.startsWith("/api/")) {
            return ProblemDetails.of(kind.status(), apiTitle(kind), null,
                    incident == null ? null : Map.of("incident", incident));
        }
        return Response.status(kind.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.error(kind, incident)).build();
    }

    public Response csrfRejected(String path) {
        return of(ErrorKind.CSRF, path, null);
    }

    private static String apiTitle(ErrorKind kind) {
        return switch (kind) {
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not Found";
            case METHOD_NOT_ALLOWED -> "Method Not Allowed";
            case CONFLICT -> "Conflict: the resource was changed by someone else";
            case TOO_LARGE -> "Payload Too Large";
            case CSRF -> "Missing or invalid CSRF token";
            case UNAVAILABLE -> "Service Unavailable";
            case UNEXPECTED -> "Internal Server Error";
        };
    }
}
