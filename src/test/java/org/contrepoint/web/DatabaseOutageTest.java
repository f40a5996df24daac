package org.contrepoint.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** PostgreSQL goes away and comes back: readiness follows, people get a clear 503, nothing is lost. */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    @Inject
    Database db;

    /** Flips the relay and waits until it reports having acted. */
    private static void database(String command) {
        System.setProperty(DatabaseOutageProfile.CONTROL, command);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!command.equals(System.getProperty(DatabaseOutageProfile.CONTROL + ".done"))
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        assertEquals(command, System.getProperty(DatabaseOutageProfile.CONTROL + ".done"));
    }

    @Test
    void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverAlone() {
        Assumptions.assumeTrue(db.isPostgres(), "the outage is simulated in front of PostgreSQL only");
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue").then().statusCode(200);
        long sessions = db.count("select count(*) from web_session");

        database("cut");
        try {
            given().get("/q/health/ready").then().statusCode(503).body(containsString("DOWN"));
            manager.get("/queue").then().statusCode(503)
                    .body(containsString("Service momentanément indisponible"))
                    .body(not(containsString("Exception"))).body(not(containsString("org.")));
            manager.post("/language", Map.of("lang", "en", "next", "/")).then().statusCode(503);
            given().auth().preemptive().basic("monitor", "demo").get("/api/v1/me").then().statusCode(503)
                    .contentType(containsString("application/problem+json"));
        } finally {
            database("restore");
        }

        awaitReady();
        manager.get("/queue").then().statusCode(200);
        assertEquals(sessions, db.count("select count(*) from web_session"), "sessions survived the outage");
    }

    private static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
