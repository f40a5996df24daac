package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** New priority weights apply to the posts still open, not to those already worked, with one audit entry. */
@QuarkusTest
class PriorityRecomputeTest {

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    @Test
    void changingTheWeightsRecomputesOpenPostsOnlyAndAuditsOnce() {
        long open = samples.post("Publication ouverte dont la priorité suit les poids " + System.nanoTime());
        long closed = samples.post("Publication déjà traitée, priorité figée " + System.nanoTime());
        db.execute("update post set status = 'CLOSED', closed_at = created_at where id = " + closed);
        long intakeScore = priority(open);
        long closedScore = priority(closed);
        long reach = db.count("select priority_reach from post where id = " + open);
        long audits = audits();
        Browserless admin = Browserless.signedInAs("admin");

        save(admin, 100, 0, 0, 0, 500).then().statusCode(303);
        assertEquals(reach, priority(open), "only the reach part counts now");
        assertEquals(closedScore, priority(closed), "a closed post keeps the score it was worked with");
        assertEquals(audits + 1, audits());

        save(admin, 100, 0, 0, 0, 600).then().statusCode(303);
        assertEquals(audits + 1, audits(), "same weights: nothing to recompute, nothing audited");

        save(admin, 30, 30, 15, 25, 500).then().statusCode(303);
        assertEquals(intakeScore, priority(open), "back to the default weights: the very score intake gave");
        assertEquals(audits + 2, audits());
    }

    @Test
    void aStaleSettingsFormChangesNothingAndRecomputesNothing() {
        long open = samples.post("Publication ouverte, formulaire de réglages périmé " + System.nanoTime());
        long score = priority(open);
        long audits = audits();
        Browserless admin = Browserless.signedInAs("admin");
        admin.get("/admin/queue");
        long version = db.count("select version from queue_settings where id = 1");
        admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", admin.csrfToken()).formParam("version", version - 1)
                .formParam("weightReach", 100).formParam("weightRisk", 0).formParam("weightRecency", 0)
                .formParam("weightNarrative", 0).formParam("dueHoursLow", 72).formParam("dueHoursMedium", 24)
                .formParam("dueHoursHigh", 6).formParam("dueHoursCritical", 2).formParam("retentionDays", 180)
                .formParam("lowReachThreshold", 500).formParam("platforms", "x").post("/admin/queue")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/admin/queue?conflict=1"));
        assertEquals(version, db.count("select version from queue_settings where id = 1"));
        assertEquals(score, priority(open));
        assertEquals(audits, audits());
    }

    @Test
    void changingTheDueHoursReschedulesOpenPostsOnlyAndAuditsOnce() {
        long open = samples.post("Publication ouverte dont l’échéance suit les réglages " + System.nanoTime());
        long closed = samples.post("Publication traitée, échéance figée " + System.nanoTime());
        db.execute("update post set status = 'CLOSED', closed_at = created_at where id = " + closed);
        db.execute("update post set risk = 'HIGH' where id = " + open);
        String closedDue = db.string("select due_at from post where id = " + closed);
        long reschedules = db.count("select count(*) from audit_entry where action = 'queue.due-times'");
        Browserless admin = Browserless.signedInAs("admin");

        save(admin, 30, 30, 15, 25, 500, 72, 24, 9, 2).then().statusCode(303);
        assertEquals(9 * 3600, db.count("select cast(extract(epoch from due_at) - extract(epoch from captured_at) "
                + "as bigint) from post where id = " + open), "capture time + the new hours for a high risk");
        assertEquals(closedDue, db.string("select due_at from post where id = " + closed));
        assertEquals(reschedules + 1, db.count("select count(*) from audit_entry where action = 'queue.due-times'"));

        save(admin, 30, 30, 15, 25, 500, 72, 24, 6, 2).then().statusCode(303);
        assertEquals(6 * 3600, db.count("select cast(extract(epoch from due_at) - extract(epoch from captured_at) "
                + "as bigint) from post where id = " + open));
    }

    private long priority(long id) {
        return db.count("select priority from post where id = " + id);
    }

    private long audits() {
        return db.count("select count(*) from audit_entry where action = 'queue.priorities'");
    }

    private io.restassured.response.Response save(Browserless admin, int reach, int risk, int recency,
            int narrative, long lowReach) {
        return save(admin, reach, risk, recency, narrative, lowReach, 72, 24, 6, 2);
    }

    private io.restassured.response.Response save(Browserless admin, int reach, int risk, int recency,
            int narrative, long lowReach, int low, int medium, int high, int critical) {
        admin.get("/admin/queue");
        RequestSpecification form = admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("_csrf", admin.csrfToken())
                .formParam("version", db.count("select version from queue_settings where id = 1"))
                .formParam("weightReach", reach).formParam("weightRisk", risk).formParam("weightRecency", recency)
                .formParam("weightNarrative", narrative).formParam("dueHoursLow", low).formParam("dueHoursMedium", medium)
                .formParam("dueHoursHigh", high).formParam("dueHoursCritical", critical).formParam("retentionDays", 180)
                .formParam("lowReachThreshold", lowReach);
        for (String platform : db.string("select platforms from queue_settings where id = 1").split(",")) {
            form.formParam("platforms", platform);
        }
        return form.post("/admin/queue");
    }
}
