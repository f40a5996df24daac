package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    @Inject
    AgroalDataSource dataSource;

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

    /**
     * Hibernate logs the message of every error the database returns: on PostgreSQL that message quoted each value
     * of a rejected batch (a duplicate post's text and author). It must name the constraint and nothing it held.
     */
    @Test
    void aStatementTheDatabaseRejectsReachesTheLogWithoutItsValues() throws Exception {
        String value = "texte-jamais-journalise-" + System.nanoTime();
        String code = "log-" + System.nanoTime();
        SQLException rejected = null;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into narrative (code, label_fr, label_en, position) values (?, ?, ?, 0)")) {
                for (int copy = 0; copy < 2; copy++) {
                    insert.setString(1, code);
                    insert.setString(2, value);
                    insert.setString(3, value);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                rejected = e;
            } finally {
                connection.rollback();
            }
        }
        assertNotNull(rejected, "the second row breaks the narrative's primary key");
        for (SQLException e = rejected; e != null; e = e.getNextException()) {
            assertFalse(e.getMessage().contains(value), "the database error quoted a value: " + e.getMessage());
        }
    }
}
