package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.contrepoint.identity.Sessions;
import org.contrepoint.support.Browserless;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Passwords, session cookies and CSRF tokens never reach the logs, and typed input cannot forge log lines. */
@QuarkusTest
class LogHygieneTest {

    @ConfigProperty(name = "quarkus.log.file.path")
    String logFile;

    @Test
    void secretsAndForgedLinesNeverReachTheLog() throws Exception {
        String password = "Pa55-never-in-logs-" + System.nanoTime();
        Browserless.anonymous().signIn("manager", password);
        given().auth().preemptive().basic("monitor", password).get("/api/v1/me").then().statusCode(401);
        Browserless visitor = Browserless.signedInAs("manager");
        String session = visitor.cookie(Sessions.COOKIE);
        String token = visitor.csrfToken();
        visitor.postWithoutToken("/logout", Map.of("_csrf", token + "x")).then().statusCode(403);
        Browserless.anonymous().signIn("forged\r\n2026-01-01 00:00:00,000 INFO fake line", "x");
        Browserless.signedInAs("manager").get("/test-only/failures/bug").then().statusCode(500);

        String log = Files.readString(Path.of(logFile));
        assertTrue(log.contains("Unexpected error, incident"), "the log file is the one the app writes");
        assertFalse(log.contains(password), "a password reached the log");
        assertFalse(log.contains(session), "a session cookie reached the log");
        assertFalse(log.contains(token), "a CSRF token reached the log");
        assertFalse(log.contains("\nfake line") || log.lines().anyMatch(l -> l.startsWith("2026-01-01 00:00:00,000 INFO fake")),
                "input forged a log line");
    }
}
