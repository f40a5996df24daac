package org.contrepoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The settings a production start cannot do without, each as an environment variable or its property. */
final class ProductionSettings {

    /** Environment variable and the configuration property that can stand in for it. */
    record Required(String variable, String property, String meaning) {
    }

    static final List<Required> REQUIRED = List.of(
            new Required("CONTREPOINT_DB_URL", "quarkus.datasource.jdbc.url", "JDBC URL of PostgreSQL"),
            new Required("CONTREPOINT_DB_USER", "quarkus.datasource.username", "database user"),
            new Required("CONTREPOINT_DB_PASSWORD", "quarkus.datasource.password", "database password"),
            new Required("CONTREPOINT_OIDC_SERVER_URL", "quarkus.oidc.auth-server-url", "Keycloak realm URL"),
            new Required("CONTREPOINT_OIDC_CLIENT_SECRET", "quarkus.oidc.credentials.secret", "OIDC client secret"),
            new Required("CONTREPOINT_SECRET", "contrepoint.web.secret", "secret for CSRF tokens and sessions"));

    private ProductionSettings() {
    }

    /**
     * Database kind and sign-in mode are fixed when the package is built: a production package cannot run as the
     * demo, nor the reverse.
     */
    static String profileMismatch(Map<String, String> env, Properties properties, String buildProfile) {
        String runtime = profile(env, properties);
        boolean builtForDemo = "demo".equals(buildProfile);
        if (runtime.equals("bench") || buildProfile.equals("bench")) {
            return runtime.equals(buildProfile) ? null
                    : "This Contrepoint package was built for the " + buildProfile + " profile; build it with"
                            + " -Dquarkus.profile=" + runtime + " to run it that way.";
        }
        if (runtime.equals("demo") && !builtForDemo) {
            return "This Contrepoint package was built for production and cannot start in demo mode. Build the demo"
                    + " package with ./mvnw package -Dquarkus.profile=demo, or run ./mvnw quarkus:dev.";
        }
        if (runtime.equals("prod") && builtForDemo) {
            return "This Contrepoint package was built for the demo. Start it with -Dquarkus.profile=demo, or build"
                    + " the production package with ./mvnw package.";
        }
        return null;
    }

    static List<String> missing(Map<String, String> env, Properties properties) {
        if (!profile(env, properties).equals("prod")) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (Required required : REQUIRED) {
            if (blank(env.get(required.variable())) && blank(properties.getProperty(required.property()))) {
                missing.add(required.variable() + " (" + required.meaning() + ")");
            }
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "Contrepoint cannot start in production mode: missing " + String.join(", ", missing)
                + ". Set these environment variables (see docs/configuration.md), or start the demo build with"
                + " -Dquarkus.profile=demo.";
    }

    static String profile(Map<String, String> env, Properties properties) {
        return properties.getProperty("quarkus.profile", env.getOrDefault("QUARKUS_PROFILE", "prod"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
