package org.contrepoint;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Starts Contrepoint, after checking that a production start has everything it needs: without a database or an
 * identity provider it stops with one message naming every missing setting, instead of failing on the first one
 * deep inside start-up (and never falls back to an embedded database or demo accounts).
 */
@QuarkusMain
public class ContrepointApplication {

    /**
     * Set by the Quarkus Maven plugin when it launches dev mode, before the launch mode itself is known to this
     * method; a packaged application never has it.
     */
    private static final String DEV_MODE_MARKER = "quarkus-internal.serialized-app-model.path";

    /**
     * Set by the Quarkus Maven plugin when, at package time, it starts the application once to record the classes
     * it loads (the AppCDS archive): that run stops after static initialisation, before any setting is read.
     */
    private static final String CLASS_ARCHIVE_RUN = "quarkus.appcds.generate";

    public static void main(String... args) {
        if (LaunchMode.current() != LaunchMode.NORMAL || System.getProperty(DEV_MODE_MARKER) != null
                || System.getProperty(CLASS_ARCHIVE_RUN) != null) {
            // Dev mode (./mvnw quarkus:dev) always runs the demo profile from source, and the archive run serves
            // nothing: nothing to check.
            Quarkus.run(args);
            return;
        }
        String mismatch = ProductionSettings.profileMismatch(System.getenv(), System.getProperties(), buildProfile());
        if (mismatch != null) {
            stop(mismatch);
        }
        List<String> missing = ProductionSettings.missing(System.getenv(), System.getProperties());
        if (!missing.isEmpty()) {
            stop(ProductionSettings.message(missing));
        }
        Quarkus.run(args);
    }

    private static void stop(String message) {
        System.err.println(message);
        System.exit(2);
    }

    /** The profile recorded by the Maven build; "prod" when none was given. */
    private static String buildProfile() {
        Properties build = new Properties();
        try (InputStream in = ContrepointApplication.class.getResourceAsStream("/contrepoint-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            return "prod";
        }
        String profile = build.getProperty("build.profile", "prod");
        return profile.isBlank() || profile.startsWith("${") ? "prod" : profile;
    }
}
