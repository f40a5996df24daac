package org.contrepoint.web;

import jakarta.inject.Singleton;
import org.contrepoint.identity.IdentityConfig;

/**
 * What the layout shows that depends on configuration alone, read once. {@link PageContext} is created for each
 * request, and configuration mappings injected there were built again each time (profiled on the queue page:
 * bench/README.md).
 */
@Singleton
public class PageSettings {

    private final boolean demoBanner;
    private final boolean embeddedSignIn;

    PageSettings(WebConfig web, IdentityConfig identity) {
        demoBanner = web.demoBanner();
        embeddedSignIn = identity.embedded();
    }

    /** The "demonstration instance" banner. */
    public boolean demoBanner() {
        return demoBanner;
    }

    /** People sign in with Contrepoint's own form (demo accounts), not through Keycloak. */
    public boolean embeddedSignIn() {
        return embeddedSignIn;
    }
}
