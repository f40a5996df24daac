package org.contrepoint.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.Mailbox;
import org.contrepoint.support.ReplySamples;
import org.contrepoint.support.SmtpServer;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.Test;

/** The overdue approvals job, called directly with the time it should believe it is (approval-due is PT4H). */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class OverdueApprovalsTest {

    static final String REVIEWER_MAIL = "reviewer@demo.contrepoint.invalid";

    @Inject
    OverdueApprovals overdue;
    @Inject
    ReplySamples samples;
    @Inject
    TestPeople people;
    @Inject
    Database db;

    @Test
    void reviewersButNeverTheAuthorAreRemindedOnceInTheAppAndByMail() {
        // The author is a reviewer too: the one reviewer who must not be reminded.
        people.ensure("overdue-lead", List.of(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID));
        long reply = samples.draft("overdue-lead", "Les faits, sources à l’appui : rien ne vous attend là-bas.");
        Browserless lead = Browserless.signedInAs("overdue-lead");
        lead.get("/replies/" + reply);
        lead.post("/replies/" + reply + "/submit", Map.of("version", SignoffFlowTest.version(reply)))
                .then().statusCode(303);
        int version = SignoffFlowTest.reply(reply).version;

        overdue.run(Instant.now().plus(Duration.ofHours(3)));
        assertEquals(0, reminders("reviewer", reply), "not yet due after three hours");
        assertEquals(0, db.count("select count(*) from reply where id = " + reply
                + " and overdue_notified_at is not null"));

        overdue.run(Instant.now().plus(Duration.ofHours(5)));
        assertEquals(1, reminders("reviewer", reply));
        assertEquals(1, reminders("reviewer2", reply));
        assertEquals(0, reminders("overdue-lead", reply), "never the author");
        assertEquals(0, reminders("manager", reply), "only reviewers");
        assertEquals(1, db.count("select count(*) from reply where id = " + reply
                + " and overdue_notified_at is not null"));
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'reply.overdue' and object_id = '"
                + reply + "' and actor_id is null and actor_name = 'system'"));
        assertEquals(version, SignoffFlowTest.reply(reply).version,
                "a reviewer's open decision form is not made stale by the reminder");
        assertEquals(1, awaitReminderMails(reply, 1).size(), "one e-mail through the SMTP server");

        overdue.run(Instant.now().plus(Duration.ofHours(9)));
        assertEquals(1, reminders("reviewer", reply), "not twice");
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'reply.overdue' and object_id = '"
                + reply + "'"));
        LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        assertEquals(1, reminderMails(reply).size(), "no second e-mail");
    }

    @Test
    void aReviewerWhoseApprovalAlreadyCountsIsNotReminded() {
        long post = samples.answerablePost("manager", RiskLevel.HIGH);
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post + "/replies/new");
        String location = manager.post("/queue/posts/" + post + "/replies", Map.of("text",
                "Réponse libre qui attend une seconde approbation.", "version", "0"))
                .then().statusCode(303).extract().header("Location");
        long reply = Long.parseLong(location.replaceAll(".*/replies/(\\d+).*", "$1"));
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", SignoffFlowTest.version(reply)))
                .then().statusCode(303);
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/replies/" + reply);
        reviewer.post("/approvals/" + reply + "/approve", Map.of("fingerprint", SignoffFlowTest.reply(reply).fingerprint))
                .then().statusCode(303);

        overdue.run(Instant.now().plus(Duration.ofHours(5)));
        assertEquals(0, reminders("reviewer", reply), "already approved this text");
        assertEquals(1, reminders("reviewer2", reply));
    }

    private long reminders(String username, long reply) {
        return db.count("select count(*) from notification n join person p on p.id = n.recipient_id where p.username = '"
                + username + "' and n.kind = 'APPROVAL_OVERDUE' and n.link = '/replies/" + reply + "'");
    }

    /** Reminder e-mails about this reply in the reviewer's mailbox, waiting up to ten seconds for {@code count}. */
    private static List<Mailbox.Received> awaitReminderMails(long reply, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Mailbox.Received> mails = reminderMails(reply);
        while (mails.size() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            mails = reminderMails(reply);
        }
        return mails;
    }

    private static List<Mailbox.Received> reminderMails(long reply) {
        return Mailbox.read(REVIEWER_MAIL).stream()
                .filter(m -> m.subject() != null && m.subject().contains("Validation en retard")
                        && m.text() != null && m.text().matches("(?s).*/replies/" + reply + "(?!\\d).*"))
                .toList();
    }
}
