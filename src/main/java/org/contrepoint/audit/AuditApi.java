package org.contrepoint.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contrepoint.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Chain verification for operations: a monitoring job or an operator with curl checks the log's integrity. */
@Path("/api/v1/audit")
@RolesAllowed(Role.ADMIN_ID)
public class AuditApi {

    @Inject
    AuditChain chain;

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Walk the whole audit chain and report the first broken entry, if any")
    public ChainVerification verify() {
        return chain.verify();
    }
}
