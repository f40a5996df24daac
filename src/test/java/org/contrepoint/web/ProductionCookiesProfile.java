package org.contrepoint.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The web settings of production (HTTPS): Secure cookies and HSTS, on the embedded sign-in for testing. */
public class ProductionCookiesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("contrepoint.web.secure-cookies", "true", "contrepoint.web.hsts", "true");
    }
}
