package org.contrepoint.identity;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The app in production's sign-in mode (OIDC) against the real Keycloak that {@link KeycloakServer} starts. The
 * server's URL and the client secret come from {@link KeycloakServer#start()}, which knows the port it got.
 */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "contrepoint.auth.mode", "oidc",
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.client-id", KeycloakRealmFile.WEB_CLIENT);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class, Map.of(), false));
    }
}
