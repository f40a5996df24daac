package org.contrepoint.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** The intake rate limit over HTTP, with a limit small enough to reach: 3 at once, then one a minute. */
@QuarkusTest
@TestProfile(IntakeRateLimitApiTest.SmallLimit.class)
class IntakeRateLimitApiTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contrepoint.intake.rate-limit.enabled", "true",
                    "contrepoint.intake.rate-limit.requests", "1",
                    "contrepoint.intake.rate-limit.window", "PT1M",
                    "contrepoint.intake.rate-limit.burst", "3");
        }
    }

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    @Test
    void aClientBeyondItsLimitGets429WithRetryAfterAndNothingIsStored() {
        String prefix = "limit-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            send("monitor", samples.item(prefix + "-" + i, "Publication fictive limitée " + i + " " + prefix).toString())
                    .then().statusCode(201);
        }
        Response refused = send("monitor", samples.item(prefix + "-x", "Publication fictive de trop " + prefix).toString());
        refused.then().statusCode(429).contentType(containsString("application/problem+json"))
                .body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After in seconds: " + retryAfter);
        assertEquals(3, db.count("select count(*) from post where platform_id like '" + prefix + "%'"));

        // Reading is not counted, and another client keeps its own allowance.
        given().auth().preemptive().basic("monitor", "demo").get("/api/v1/posts/999999999").then().statusCode(404);
        send("admin", samples.item(prefix + "-admin", "Publication fictive de l’administrateur " + prefix).toString())
                .then().statusCode(201);
    }

    private static Response send(String client, String body) {
        return given().auth().preemptive().basic(client, "demo").contentType("application/json").body(body)
                .post("/api/v1/posts");
    }
}
