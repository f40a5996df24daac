package org.contrepoint.journeys;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the system Chromium: {@code CHROMIUM_PATH}, else {@code /usr/bin/chromium}, else {@code chromium} on the
 * PATH (what {@code command -v chromium} answers). As a JUnit condition it skips browser tests on a laptop
 * without Chromium, but never under CI ({@code CI=true}): there the tests run and {@link BrowserSupport} fails
 * them with the reason, so a missing browser cannot pass unnoticed.
 */
public final class Chromium implements ExecutionCondition {

    static final String PATH_VARIABLE = "CHROMIUM_PATH";
    static final Path DEBIAN_PATH = Path.of("/usr/bin/chromium");

    /** Where Chromium is, or why it was not found. */
    record Lookup(Optional<Path> executable, String reason) {
    }

    static Lookup find() {
        String configured = System.getenv(PATH_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.trim());
            return Files.isExecutable(path) ? found(path)
                    : new Lookup(Optional.empty(), PATH_VARIABLE + "=" + configured + " is not an executable file");
        }
        if (Files.isExecutable(DEBIAN_PATH)) {
            return found(DEBIAN_PATH);
        }
        String searchPath = System.getenv("PATH");
        if (searchPath != null) {
            for (String directory : searchPath.split(File.pathSeparator)) {
                if (directory.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(directory, "chromium");
                if (Files.isExecutable(candidate)) {
                    return found(candidate);
                }
            }
        }
        return new Lookup(Optional.empty(), "Chromium not found: set " + PATH_VARIABLE
                + ", or install it (Debian: apt-get install -y chromium) so that /usr/bin/chromium or chromium on the PATH exists");
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Lookup found(Path path) {
        return new Lookup(Optional.of(path), "Chromium at " + path);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Lookup lookup = find();
        if (lookup.executable().isPresent()) {
            return ConditionEvaluationResult.enabled(lookup.reason());
        }
        if (underCi()) {
            return ConditionEvaluationResult.enabled("CI=true: run, and fail on the missing browser");
        }
        return ConditionEvaluationResult.disabled("Browser journey skipped. " + lookup.reason());
    }
}
