package org.contrepoint.identity;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.support.TcpProxy;

/**
 * The app in OIDC mode, reaching the real Keycloak through a relay the test cuts and restores: the browser, the
 * app and the token requests all go through it, as they would all lose a Keycloak that stops. Cutting the relay
 * takes a second where stopping Keycloak and starting it again takes a minute, and leaves the Keycloak the other
 * test classes share untouched. The relay starts cut, so the app starts while Keycloak is away.
 */
public class KeycloakOutageProfile extends KeycloakProfile {

    static final String CONTROL = "contrepoint.test.keycloak-switch";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Relay.class, Map.of(), false));
    }

    public static class Relay implements QuarkusTestResourceLifecycleManager {

        private TcpProxy proxy;

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(new KeycloakServer().start());
            int keycloakPort = KeycloakServer.ensureStarted();
            proxy = new TcpProxy("127.0.0.1", keycloakPort);
            proxy.cut();
            proxy.switchedBy(CONTROL);
            // Keycloak (start-dev) names itself after the address it is asked on: through the relay, the tokens'
            // issuer is the relay's address, the one the app is given.
            config.put("quarkus.oidc.auth-server-url", KeycloakServer.realmUrl(proxy.port()));
            return config;
        }

        @Override
        public void stop() {
            if (proxy != null) {
                proxy.cut();
            }
            System.clearProperty(CONTROL);
        }
    }
}
