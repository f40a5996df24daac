package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/**
 * Retention, with time moved forward: the job takes the instant it runs at (the scheduler passes the application's
 * Clock), so a test can run it "181 days later" without waiting.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    @Inject
    Retention retention;

    @Inject
    QueueRowHtml rowHtml;

    @Test
    void closedPostsPastTheRetentionPeriodArePseudonymisedExceptThoseReferredToPharos() {
        Instant later = Instant.now().plus(Duration.ofDays(181));
        long dismissed = samples.post("Publication écartée, à pseudonymiser " + UUID.randomUUID());
        long referred = samples.post("Publication signalée à PHAROS, à conserver " + UUID.randomUUID());
        long platformOnly = samples.post("Publication signalée à la plateforme seulement " + UUID.randomUUID());
        long open = samples.post("Publication encore ouverte " + UUID.randomUUID());
        samples.screenshot(dismissed);
        assertTrue(db.count("select count(*) from post_band where post_id = " + dismissed) > 0, "its text is indexed");
        db.execute("update post set status = 'CLOSED', decision = 'DISMISS', closed_at = current_timestamp where id = " + dismissed,
                "update post set status = 'CLOSED', decision = 'REFER', referral_target = 'PHAROS', closed_at = current_timestamp where id = " + referred,
                "update post set status = 'CLOSED', decision = 'REFER', referral_target = 'PLATFORM', closed_at = current_timestamp where id = " + platformOnly);

        RetentionRun early = retention.run(Instant.now().plus(Duration.ofDays(10)));
        assertNull(db.string("select pseudonymised_at from post where id = " + dismissed), "not before the period");

        Browserless.signedInAs("manager").get("/queue?status=all&sort=captured");
        assertTrue(rowHtml.size() > 0, "the queue page kept its rows");
        RetentionRun run = retention.run(later);
        assertEquals(0, rowHtml.size(), "no pseudonymised text is kept in the rows' HTML");
        assertTrue(run.pseudonymised >= 2);
        assertTrue(run.keptReferred >= 1);
        assertEquals("pseudonyme-" + dismissed, db.string("select author_handle from post where id = " + dismissed));
        assertEquals("—", db.string("select text from post where id = " + dismissed));
        assertNull(db.string("select url from post where id = " + dismissed));
        assertEquals(0, db.count("select count(*) from evidence where post_id = " + dismissed));
        assertEquals(0, db.count("select count(*) from post_band where post_id = " + dismissed),
                "the index of its text is gone with the text");
        assertTrue(db.count("select count(*) from post_band where post_id = " + referred) > 0);
        assertTrue(db.string("select text from post where id = " + referred).startsWith("Publication signalée à PHAROS"));
        assertEquals("pseudonyme-" + platformOnly, db.string("select author_handle from post where id = " + platformOnly));
        assertTrue(db.string("select text from post where id = " + open).startsWith("Publication encore ouverte"));
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'retention.run' and object_id = '" + run.id + "'"));
        assertTrue(early.id < run.id);
    }
}
