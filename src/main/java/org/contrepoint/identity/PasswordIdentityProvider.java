package org.contrepoint.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** HTTP Basic on the API in embedded mode, with the same accounts and checks as the sign-in form. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    EmbeddedSignIn signIn;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        String client = (String) request.getAttribute(EmbeddedAuthMechanism.CLIENT_ADDRESS);
        return context.runBlocking(() -> {
            SignInResult result = signIn.verify(username, password, client == null ? "?" : client, "api");
            if (result.person() == null) {
                throw new AuthenticationFailedException();
            }
            return Identities.of(result.person());
        });
    }
}
