package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

/** An admin runs the retention job from the queue settings page: the run is listed, and recorded in their name. */
@QuarkusTest
class RetentionAdminTest {

    @Inject
    Database db;

    @Test
    void adminRunsRetentionNowAndTheRequestIsAuditedInTheirName() {
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/queue");
        long runs = db.count("select count(*) from retention_run");
        long requested = db.count("select count(*) from audit_entry where action = 'retention.requested'"
                + " and actor_name = 'admin'");
        admin.post("/admin/queue/retention", Map.of()).then().statusCode(303);
        assertEquals(runs + 1, db.count("select count(*) from retention_run"));
        assertEquals(requested + 1, db.count("select count(*) from audit_entry where action = 'retention.requested'"
                + " and actor_name = 'admin'"));
        String page = admin.get("/admin/queue").asString();
        assertTrue(page.contains("id=\"purges\""), page);
    }

    @Test
    void withoutTheTokenNothingRuns() {
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/queue");
        long runs = db.count("select count(*) from retention_run");
        admin.postWithoutToken("/admin/queue/retention", Map.of()).then().statusCode(403);
        assertEquals(runs, db.count("select count(*) from retention_run"));
    }
}
