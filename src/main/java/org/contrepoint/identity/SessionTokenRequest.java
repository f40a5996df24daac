package org.contrepoint.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The opaque token of an embedded-mode session cookie, to be resolved to a person. */
public final class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
