package org.contrepoint.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

/** How people sign in. */
@ConfigMapping(prefix = "contrepoint.auth")
public interface IdentityConfig {

    enum Mode { EMBEDDED, OIDC }

    /** embedded: accounts in the database (demo); oidc: Keycloak. */
    Mode mode();

    /** Create the demo accounts at start (embedded mode only). */
    @WithName("demo-accounts")
    boolean demoAccounts();

    @WithName("session-idle-timeout")
    Duration sessionIdleTimeout();

    @WithName("session-max-lifetime")
    Duration sessionMaxLifetime();

    @WithName("max-failures")
    int maxFailures();

    @WithName("max-failures-per-address")
    int maxFailuresPerAddress();

    @WithName("failure-window")
    Duration failureWindow();

    default boolean embedded() {
        return mode() == Mode.EMBEDDED;
    }
}
