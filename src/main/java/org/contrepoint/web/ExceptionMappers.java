package org.contrepoint.web;

import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps failures to error pages; unexpected ones are logged with an incident reference shown to the person. */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    @Inject
    ErrorResponses errors;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return errors.of(ErrorKind.FORBIDDEN, request.path(), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return errors.of(ErrorKind.NOT_FOUND, request.path(), null);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response conflict(Exception e, HttpServerRequest request) {
        return errors.of(ErrorKind.CONFLICT, request.path(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 403 -> errors.of(ErrorKind.FORBIDDEN, request.path(), null);
            case 404 -> errors.of(ErrorKind.NOT_FOUND, request.path(), null);
            case 405 -> withAllow(errors.of(ErrorKind.METHOD_NOT_ALLOWED, request.path(), null), request.path());
            case 409 -> errors.of(ErrorKind.CONFLICT, request.path(), null);
            case 413 -> errors.of(ErrorKind.TOO_LARGE, request.path(), null);
            default -> status < 500 ? e.getResponse() : unexpected(e, request);
        };
    }

    /** A 405 names the methods the address takes (RFC 9110, 15.5.6). */
    private Response withAllow(Response page, String path) {
        return allowedMethods.allow(path).map(allow -> Response.fromResponse(page).header(HttpHeaders.ALLOW, allow)
                .build()).orElse(page);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (ConcurrentChange.isConcurrentChange(e)) {
            // A race lost at commit, wrapped by the transaction manager: a conflict, not an incident.
            return errors.of(ErrorKind.CONFLICT, request.path(), null);
        }
        if (Databases.isUnavailable(e)) {
            LOG.warn("Database unavailable: " + e.getClass().getSimpleName());
            return errors.of(ErrorKind.UNAVAILABLE, request.path(), null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, incident %s, on %s %s", incident, request.method(), request.path());
        return errors.of(ErrorKind.UNEXPECTED, request.path(), incident);
    }
}
