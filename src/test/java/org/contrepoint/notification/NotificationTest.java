package org.contrepoint.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.Mailbox;
import org.contrepoint.support.SmtpServer;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class NotificationTest {

    @Inject
    Notifier notifier;

    @Inject
    TestPeople people;

    @Inject
    Database db;

    private void notify(String username, NotificationKind kind, String subject, String link) {
        QuarkusTransaction.requiringNew().run(() -> notifier.notify(
                List.of(Person.findEmbedded(username).orElseThrow()), kind, subject, link, "Inès Moreau (démo)"));
    }

    @Test
    void notificationIsDeliveredBySmtpInFrenchWithItsLinkAndEscapedHtml() {
        people.ensure("mail-fr", List.of(Role.REVIEWER_ID));
        QuarkusTransaction.requiringNew().run(() -> Person.findEmbedded("mail-fr").orElseThrow().email = "mail-fr@test.invalid");
        notify("mail-fr", NotificationKind.TEMPLATE_SUBMITTED, "Titre <b>gras</b>\r\nBcc: x@evil.invalid", "/library/t/1");

        List<Mailbox.Received> mails = Mailbox.awaitMessages("mail-fr@test.invalid", 1);
        assertEquals(1, mails.size());
        Mailbox.Received mail = mails.get(0);
        assertEquals("[Contrepoint] Proposition de modèle à relire : Titre <b>gras</b> Bcc: x@evil.invalid",
                mail.subject());
        assertTrue(mail.text().contains("Bonjour Test mail-fr,"), mail.text());
        assertTrue(mail.text().contains("http://localhost:8080/library/t/1"), mail.text());
        assertTrue(mail.html().contains("Titre &lt;b&gt;gras&lt;/b&gt;"), mail.html());
        assertTrue(Mailbox.read("x@evil.invalid").isEmpty(), "no header injection through the subject");
    }

    @Test
    void personWhoReadsInEnglishGetsTheEmailInEnglish() {
        people.ensure("mail-en", List.of(Role.REVIEWER_ID));
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findEmbedded("mail-en").orElseThrow();
            person.email = "mail-en@test.invalid";
            person.preferredLocale = "en";
        });
        notify("mail-en", NotificationKind.DRAFT_DECIDED, "#42", "/approvals");
        Mailbox.Received mail = Mailbox.awaitMessages("mail-en@test.invalid", 1).get(0);
        assertEquals("[Contrepoint] Decision on your draft: #42", mail.subject());
        assertTrue(mail.text().startsWith("Hello Test mail-en,"), mail.text());
    }

    @Test
    void switchingLanguageChangesTheLanguageOfFutureEmails() {
        people.ensure("mail-switch", List.of(Role.REVIEWER_ID));
        Browserless visitor = Browserless.signedInAs("mail-switch");
        visitor.post("/language", Map.of("lang", "en", "next", "/")).then().statusCode(303);
        assertEquals("en", db.string("select preferred_locale from person where username = 'mail-switch'"));
    }

    @Test
    void noEmailLeavesWhenTheChangeIsRolledBack() {
        people.ensure("mail-rollback", List.of(Role.REVIEWER_ID));
        QuarkusTransaction.requiringNew().run(() -> Person.findEmbedded("mail-rollback").orElseThrow().email = "mail-rollback@test.invalid");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            notifier.notify(List.of(Person.findEmbedded("mail-rollback").orElseThrow()),
                    NotificationKind.MENTIONED, "annulé", "/", null);
            throw new IllegalStateException("the change fails after notifying");
        }));
        notify("mail-rollback", NotificationKind.MENTIONED, "gardé", "/");
        List<Mailbox.Received> mails = Mailbox.awaitMessages("mail-rollback@test.invalid", 1);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("gardé"));
        assertEquals(0, db.count("select count(*) from notification where subject_label = 'annulé'"));
    }

    @Test
    void aMailStillLeavesWhenTheServerHasClosedTheIdleConnectionItWouldReuse() {
        people.ensure("mail-idle", List.of(Role.REVIEWER_ID));
        QuarkusTransaction.requiringNew().run(() -> Person.findEmbedded("mail-idle").orElseThrow().email = "mail-idle@test.invalid");
        // A connection left by an earlier test was opened under the long timeout; the mailer drops it within 20 s.
        assertTrue(SmtpServer.awaitNoOpenConnection(Duration.ofSeconds(35)), "no earlier connection left");
        SmtpServer.closeIdleConnectionsAfter(1_000);
        try {
            notify("mail-idle", NotificationKind.MENTIONED, "avant la pause", "/");
            assertEquals(1, Mailbox.awaitMessages("mail-idle@test.invalid", 1).size());
            assertTrue(SmtpServer.awaitNoOpenConnection(Duration.ofSeconds(10)),
                    "the server closes the connection the mailer keeps for its next mail");
            notify("mail-idle", NotificationKind.MENTIONED, "après la pause", "/");
            List<Mailbox.Received> mails = Mailbox.awaitMessages("mail-idle@test.invalid", 2);
            assertEquals(2, mails.size());
            assertTrue(mails.stream().anyMatch(m -> m.subject().contains("après la pause")));
        } finally {
            SmtpServer.closeIdleConnectionsAfter(SmtpServer.IDLE_TIMEOUT_MS);
        }
    }

    @Test
    void recipientSeesUnreadCountOpensAndMarksRead() {
        people.ensure("inbox-owner", List.of(Role.REVIEWER_ID));
        notify("inbox-owner", NotificationKind.DRAFT_SUBMITTED, "Brouillon <script>alert(1)</script>", "/approvals");
        Browserless owner = Browserless.signedInAs("inbox-owner");
        owner.get("/").then().body(containsString("id=\"lien-notifications\""))
                .body(containsString("fr-badge--info fr-ml-1v\">1<"));
        owner.get("/notifications").then().statusCode(200)
                .body(containsString("Brouillon de réponse à valider : Brouillon &lt;script&gt;"))
                .body(not(containsString("<script>alert(1)")));
        String id = db.string("select max(id) from notification where recipient_id = "
                + "(select id from person where username = 'inbox-owner')");
        owner.post("/notifications/" + id + "/open", Map.of()).then().statusCode(303)
                .header("Location", Browserless.url("/approvals"));
        assertEquals(0, db.count("select count(*) from notification where id = " + id + " and read_at is null"));
        // The count is kept a few seconds per person; a change made here shows at once.
        owner.get("/").then().body(not(containsString("fr-badge--info fr-ml-1v")));
        notify("inbox-owner", NotificationKind.MENTIONED, "une autre", "/");
        owner.get("/").then().body(containsString("fr-badge--info fr-ml-1v\">1<"));
    }

    @Test
    void nobodyOpensSomeoneElsesNotification() {
        people.ensure("inbox-a", List.of(Role.REVIEWER_ID));
        people.ensure("inbox-b", List.of(Role.REVIEWER_ID));
        notify("inbox-a", NotificationKind.MENTIONED, "privé", "/");
        String id = db.string("select max(id) from notification where recipient_id = "
                + "(select id from person where username = 'inbox-a')");
        Browserless.signedInAs("inbox-b").post("/notifications/" + id + "/open", Map.of()).then().statusCode(404);
        Browserless.signedInAs("inbox-b").get("/notifications").then().body(not(containsString("privé")));
        assertEquals(1, db.count("select count(*) from notification where id = " + id + " and read_at is null"));
    }

    @Test
    void markAllReadClearsTheCount() {
        people.ensure("inbox-all", List.of(Role.REVIEWER_ID));
        notify("inbox-all", NotificationKind.MENTIONED, "un", "/");
        notify("inbox-all", NotificationKind.MENTIONED, "deux", "/");
        Browserless visitor = Browserless.signedInAs("inbox-all");
        visitor.get("/notifications");
        visitor.post("/notifications/read-all", Map.of()).then().statusCode(303);
        visitor.get("/").then().body(not(containsString("fr-badge--info fr-ml-1v")));
        assertFalse(db.count("select count(*) from notification n join person p on p.id = n.recipient_id "
                + "where p.username = 'inbox-all' and n.read_at is null") > 0);
    }
}
