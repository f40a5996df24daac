package org.contrepoint.web;

import io.quarkus.security.Authenticated;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only routes that fail on purpose, to check what people see when something breaks. */
@Path("/test-only/failures")
@Authenticated
public class FailingResource {

    @GET
    @Path("/bug")
    @Operation(hidden = true)
    public String bug() {
        throw new IllegalStateException("org.contrepoint secret detail: SELECT * FROM person");
    }

    @GET
    @Path("/conflict")
    @Operation(hidden = true)
    public String conflict() {
        throw new OptimisticLockException("Row was updated or deleted by another transaction");
    }
}
