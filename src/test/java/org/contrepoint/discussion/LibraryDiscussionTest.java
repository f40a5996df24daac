package org.contrepoint.discussion;

import static org.contrepoint.support.LibrarySamples.propose;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Role;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.HtmlChecker;
import org.contrepoint.support.Mailbox;
import org.contrepoint.support.SmtpServer;
import org.contrepoint.support.TestPeople;
import org.contrepoint.web.Languages;
import org.junit.jupiter.api.Test;

/**
 * The discussion component on the library's review page: mentions notify only people who may read the thread,
 * user text is escaped everywhere, bad comments are refused with nothing written.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class LibraryDiscussionTest {

    @Inject
    TestPeople people;

    @Inject
    Database db;

    /** A contributor with a display name that is not their username, and an e-mail address. */
    private Browserless contributor(String username, String displayName) {
        people.ensure(username, List.of(Role.CONTRIBUTOR_ID));
        db.execute("update person set display_name = '" + displayName.replace("'", "''") + "', email = '" + username
                + "@test.invalid' where username = '" + username + "'");
        return Browserless.signedInAs(username);
    }

    private long notifications(String username) {
        return db.count("select count(*) from notification n join person p on p.id = n.recipient_id "
                + "where p.username = '" + username + "' and n.kind = 'MENTIONED'");
    }

    @Test
    void reviewerMentionsTheAuthorByNameWhoIsNotifiedInTheAppAndByEmail() {
        Browserless author = contributor("disc-author", "Élise Fournier");
        long id = propose(author, "Discussion avec mention");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/library/versions/" + id).then().statusCode(200)
                .body(containsString("<option value=\"Élise Fournier\">"));
        reviewer.post("/library/versions/" + id + "/comments",
                Map.of("body", "Merci @[elise fournier], ajoutez une source pour @Élise Fournier.")).then()
                .statusCode(303).header("Location", containsString("/library/versions/" + id + "?done=commented"));

        assertEquals(1, notifications("disc-author"), "one notification per comment, however many mentions");
        assertEquals("/library/versions/" + id + "#discussion", db.string("select link from notification n join "
                + "person p on p.id = n.recipient_id where p.username = 'disc-author' and n.kind = 'MENTIONED'"));
        List<Mailbox.Received> mails = Mailbox.awaitMessages("disc-author@test.invalid", 1);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("Vous avez été mentionné : Discussion avec mention (v1)"),
                mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("/library/versions/" + id + "#discussion"), mails.get(0).text());
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'comment.add' and object_type = "
                + "'template-version' and object_id = '" + id + "'"));

        author.get("/library/versions/" + id).then().statusCode(200)
                .body(containsString("<strong>@elise fournier</strong>"),
                        containsString("<strong>@Élise Fournier</strong>"),
                        containsString("Claire Dubois (démo)</span>"), containsString("<time datetime="));
    }

    @Test
    void contributorMentioningSomeoneWhoCannotSeeTheSubmissionNotifiesNobodyAndIsTold() {
        Browserless author = contributor("disc-private", "Nadia Perrin");
        long id = propose(author, "Mention hors du cercle");
        long managerBefore = notifications("manager");
        long otherBefore = notifications("contributor2");
        people.ensure("contributor2", List.of(Role.CONTRIBUTOR_ID));
        String page = author.get("/library/versions/" + id).asString();
        assertTrue(page.contains("Claire Dubois (démo)") && page.contains("Hugo Lefèvre (démo)"), page);
        assertFalse(page.contains("Camille Martin"), "a manager cannot read the thread, so is not suggested");
        assertFalse(page.contains("reviewer2") || page.contains("@test.invalid"),
                "contributors never see usernames or e-mails of others");

        author.post("/library/versions/" + id + "/comments",
                Map.of("body", "Avis de @[Camille Martin (démo)] et de @manager ou @contributor2 ? @[Nadia Perrin]"))
                .then().statusCode(303);
        assertEquals(managerBefore, notifications("manager"));
        assertEquals(otherBefore, notifications("contributor2"));
        assertEquals(0, notifications("disc-private"), "the author is never notified of their own mention");
        author.get("/library/versions/" + id).then().statusCode(200)
                .body(containsString("« Camille Martin (démo) » ne peut pas voir cette discussion : pas de notification."))
                .body(containsString("@[Camille Martin (démo)]"), not(containsString("<strong>@manager")));
        Browserless.signedInAs("reviewer").get("/library/versions/" + id).then().statusCode(200)
                .body(not(containsString("ne peut pas voir cette discussion")));
    }

    @Test
    void commentBodiesAndDisplayNamesAreEscaped() {
        String evil = "<img src=x onerror=alert(1)>";
        Browserless author = contributor("disc-evil", evil);
        long id = propose(author, "Échappement");
        author.post("/library/versions/" + id + "/comments",
                Map.of("body", "<script>alert('corps')</script>\n\n\"guillemets\" & @[Claire Dubois (démo)]"))
                .then().statusCode(303);
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.post("/library/versions/" + id + "/comments", Map.of("body", "Réponse à @[" + evil + "]"))
                .then().statusCode(303);
        String html = reviewer.get("/library/versions/" + id).asString();
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;corps&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("<strong>@&lt;img src=x onerror=alert(1)&gt;</strong>"), html);
        assertTrue(html.contains("<option value=\"&lt;img src=x onerror=alert(1)&gt;\">"), html);
        assertEquals(1, notifications("disc-evil"));
        assertEquals(List.of(), HtmlChecker.errors(html));
    }

    @Test
    void emptyAndTooLongCommentsAreRefusedWithTheReasonAndNothingIsWritten() {
        Browserless author = contributor("disc-bad", "Paul Roux");
        long id = propose(author, "Commentaires refusés");
        author.get("/library/versions/" + id);
        long comments = db.count("select count(*) from discussion_comment");
        long audit = db.count("select count(*) from audit_entry where action = 'comment.add'");
        author.post("/library/versions/" + id + "/comments", Map.of("body", "  \r\n ")).then().statusCode(400)
                .body(containsString("Écrivez un commentaire avant de l’envoyer."),
                        containsString("aria-describedby=\"commentaire-erreur\""));
        String tooLong = "é".repeat(4001);
        String html = author.post("/library/versions/" + id + "/comments", Map.of("body", tooLong)).then()
                .statusCode(400).body(containsString("Votre commentaire fait 4001 caractères : 4 000 au plus."))
                .extract().asString();
        assertTrue(html.contains(tooLong + "</textarea>"), "the text is kept for the author to shorten");
        assertEquals(List.of(), HtmlChecker.errors(html));
        assertEquals(comments, db.count("select count(*) from discussion_comment"));
        assertEquals(audit, db.count("select count(*) from audit_entry where action = 'comment.add'"));
        author.post("/library/versions/" + id + "/comments", Map.of("body", "x".repeat(3999) + "\r\n"))
                .then().statusCode(303);
    }

    @Test
    void theDiscussionSpeaksEnglishToThoseWhoReadInEnglish() {
        Browserless author = contributor("disc-english", "Sam Taylor");
        long id = propose(author, "In English");
        author.request().cookie(Languages.COOKIE, "en").get("/library/versions/" + id).then().statusCode(200)
                .body(containsString("Add the comment"), containsString("People you can mention"));
        String html = author.request().cookie(Languages.COOKIE, "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("body", "")
                .formParam("_csrf", author.csrfToken()).post("/library/versions/" + id + "/comments").then()
                .statusCode(400).extract().asString();
        assertTrue(html.contains("Write a comment before sending it."), html);
    }

    @Test
    void onlyTheAuthorAndReviewersMayComment() {
        Browserless author = contributor("disc-owner", "Lina Bernard");
        long id = propose(author, "Cercle de discussion");
        long before = db.count("select count(*) from discussion_comment");
        people.ensure("contributor2", List.of(Role.CONTRIBUTOR_ID));
        Browserless other = Browserless.signedInAs("contributor2");
        other.get("/library");
        other.post("/library/versions/" + id + "/comments", Map.of("body", "Intrusion")).then().statusCode(404);
        assertEquals(before, db.count("select count(*) from discussion_comment"));
    }
}
