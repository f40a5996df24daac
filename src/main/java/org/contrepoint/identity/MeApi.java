package org.contrepoint.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the caller is, as Contrepoint sees them: for API clients checking their credentials, and for tests. */
@Path("/api/v1/me")
@Authenticated
public class MeApi {

    public record Me(String username, String displayName, Set<String> roles) {
    }

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The authenticated caller: username, display name and Contrepoint roles")
    public Me me() {
        return new Me(user.username(), user.displayName(), user.roles());
    }
}
