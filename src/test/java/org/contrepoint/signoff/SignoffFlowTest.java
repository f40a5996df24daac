package org.contrepoint.signoff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.Role;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.reply.PublicationForm;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.ReplyStatus;
import org.contrepoint.reply.TemplateUsage;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.Mailbox;
import org.contrepoint.support.ReplySamples;
import org.contrepoint.support.SmtpServer;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.Test;

/** The sign-off through the pages: compose, submit, decide, revise, approve, publish, record outcomes. */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class SignoffFlowTest {

    /** A seeded template whose X variant asks for {{lien_ressource}}. */
    static final String TEMPLATE = "romance-amour-ou-emprise";

    @Inject
    ReplySamples samples;
    @Inject
    TestPeople people;
    @Inject
    Database db;

    @Test
    void aManagerComposesFromATemplateAndCannotSubmitWithAnUnfilledVariable() {
        long post = samples.answerablePost("manager", RiskLevel.MEDIUM);
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post + "/replies/new?template=" + TEMPLATE).then().statusCode(200)
                .body(containsString("var_lien_ressource")).body(containsString("Il reste"));
        long reply = create(manager, post, Map.of("template", TEMPLATE, "var_lien_ressource", ""),
                templateText(manager, post));
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", version(reply)))
                .then().statusCode(409).body(containsString("Des variables ne sont pas remplies"));
        assertEquals(ReplyStatus.DRAFT, status(reply));

        save(manager, reply, Map.of("var_lien_ressource", "https://www.stop-djihadisme.gouv.fr"), "submit")
                .then().statusCode(303);
        assertEquals(ReplyStatus.SUBMITTED, status(reply));
        Reply saved = reply(reply);
        assertTrue(saved.finalText().endsWith("https://www.stop-djihadisme.gouv.fr"), saved.finalText());
        assertEquals(0, saved.departure, "the vetted text used verbatim");
        assertEquals(1, saved.requiredApprovals, "medium risk: one approval");
    }

    @Test
    void theReviewersAreNotifiedInTheAppAndByMailWhenADraftIsSubmitted() {
        long reply = samples.draft("manager", "Les faits : aucune « terre promise » ne vous attend là-bas.");
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", version(reply))).then().statusCode(303);
        assertTrue(db.count("select count(*) from notification n join person p on p.id = n.recipient_id"
                + " where p.username = 'reviewer' and n.kind = 'DRAFT_SUBMITTED' and n.link = '/replies/" + reply + "'")
                == 1);
        List<Mailbox.Received> mails = Mailbox.awaitMessages("reviewer2@demo.contrepoint.invalid", 1);
        assertTrue(mails.stream().anyMatch(m -> m.text().contains("/replies/" + reply)), "mail names the reply");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/approvals").then().statusCode(200).body(containsString("/replies/" + reply));
    }

    @Test
    void aReviewerWhoWroteTheReplyIsToldTheyCannotApproveIt() {
        people.ensure("lead", List.of(Role.COMMUNITY_MANAGER_ID, Role.REVIEWER_ID));
        long reply = samples.draft("lead", "Texte écrit par une personne qui est aussi relectrice.");
        Browserless lead = Browserless.signedInAs("lead");
        lead.get("/replies/" + reply);
        lead.post("/replies/" + reply + "/submit", Map.of("version", version(reply))).then().statusCode(303);
        lead.get("/replies/" + reply).then().body(containsString("vous ne pouvez pas la valider"))
                .body(not(containsString("/approvals/" + reply + "/approve")));
        lead.post("/approvals/" + reply + "/approve", Map.of("fingerprint", reply(reply).fingerprint))
                .then().statusCode(409).body(containsString("vous ne pouvez pas la valider"));
        lead.get("/approvals").then().body(not(containsString("/replies/" + reply + "\"")));
        assertEquals(ReplyStatus.SUBMITTED, status(reply));
        assertEquals(0, db.count("select count(*) from reply_approval where reply_id = " + reply));
    }

    @Test
    void anApprovalIsVoidedByAnEditAndTheAuthorIsToldSo() {
        long reply = samples.draft("manager", "Version approuvée du texte.");
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", version(reply)));
        approve("reviewer", reply).then().statusCode(303);
        assertEquals(ReplyStatus.APPROVED, status(reply));

        manager.get("/replies/" + reply);
        Map<String, String> form = new HashMap<>(Map.of("text", "Version modifiée après l’approbation.",
                "version", version(reply), "action", "save"));
        manager.post("/replies/" + reply, form).then().statusCode(303);
        manager.get("/replies/" + reply + "?done=saved&voided=1").then()
                .body(containsString("1 approbation(s) annulée(s)"));
        assertEquals(ReplyStatus.DRAFT, status(reply));
        assertEquals(1, db.count("select count(*) from reply_approval where reply_id = " + reply
                + " and voided_at is not null"));
        manager.post("/replies/" + reply + "/publish", Map.of("version", version(reply), "url",
                "https://x.example/status/1", "publishedAt", nowInParis())).then().statusCode(409);
    }

    @Test
    void aReviewerApprovesOnlyTheTextTheyRead() {
        long reply = samples.draft("manager", "Premier texte.");
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", version(reply)));
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/replies/" + reply);
        reviewer.post("/approvals/" + reply + "/approve", Map.of("fingerprint", "0".repeat(64)))
                .then().statusCode(409).body(containsString("modifiée par quelqu’un d’autre"));
        assertEquals(0, db.count("select count(*) from reply_approval where reply_id = " + reply));
    }

    @Test
    void aHighRiskFreeTextNeedsTwoReviewersThenIsPublishedAndItsOutcomeCountsForNothingWithoutTemplate() {
        long post = samples.answerablePost("manager", RiskLevel.HIGH);
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post + "/replies/new");
        long reply = create(manager, post, Map.of(), "Réponse libre sur une publication à risque élevé.");
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", version(reply))).then().statusCode(303);
        assertEquals(2, reply(reply).requiredApprovals);

        approve("reviewer", reply).then().statusCode(303);
        assertEquals(ReplyStatus.SUBMITTED, status(reply), "one of two approvals");
        Browserless again = Browserless.signedInAs("reviewer");
        again.get("/replies/" + reply).then().body(containsString("Vous avez déjà approuvé ce texte"));
        again.post("/approvals/" + reply + "/approve", Map.of("fingerprint", reply(reply).fingerprint))
                .then().statusCode(409);
        approve("reviewer2", reply).then().statusCode(303);
        assertEquals(ReplyStatus.APPROVED, status(reply));

        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/publish", Map.of("version", version(reply), "url", "pas une adresse",
                "publishedAt", "")).then().statusCode(422).body(containsString("Indiquez l’adresse web"))
                .body(containsString("pas une adresse"));
        manager.post("/replies/" + reply + "/publish", Map.of("version", version(reply), "url",
                "https://x.example/status/42", "publishedAt", nowInParis())).then().statusCode(303);
        Reply published = reply(reply);
        assertEquals(ReplyStatus.PUBLISHED, published.status);
        assertEquals("https://x.example/status/42", published.publishedUrl);

        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/outcomes", Map.of("repliesReceived", "-3", "assessment", ""))
                .then().statusCode(422).body(containsString("nombre entier positif"));
        assertEquals(0, db.count("select count(*) from reply_outcome where reply_id = " + reply));
        manager.post("/replies/" + reply + "/outcomes", Map.of("repliesReceived", "4", "reactions", "12",
                "postRemoved", "on", "assessment", "positive")).then().statusCode(303);
        assertEquals(1, db.count("select count(*) from reply_outcome where reply_id = " + reply
                + " and post_removed = true and replies_received = 4"));
    }

    @Test
    void changesRequestedGoBackToTheAuthorWithTheReasonAndARevisionCanBeApproved() {
        long post = samples.answerablePost("manager", RiskLevel.LOW);
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post + "/replies/new?template=" + TEMPLATE);
        long reply = create(manager, post, Map.of("template", TEMPLATE, "var_lien_ressource",
                "https://www.stop-djihadisme.gouv.fr"), templateText(manager, post));
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/submit", Map.of("version", version(reply)));

        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/replies/" + reply);
        reviewer.post("/approvals/" + reply + "/decision", Map.of("decision", "request-changes", "reason", "",
                "comment", "Précisez la source.", "version", version(reply)))
                .then().statusCode(409).body(containsString("Choisissez un motif")).body(containsString("Précisez la source."));
        reviewer.post("/approvals/" + reply + "/decision", Map.of("decision", "request-changes", "reason", "inexact",
                "comment", "Précisez la source.", "version", version(reply))).then().statusCode(303);
        assertEquals(ReplyStatus.CHANGES_REQUESTED, status(reply));
        assertEquals(1, db.count("select count(*) from notification n join person p on p.id = n.recipient_id"
                + " where p.username = 'manager' and n.kind = 'DRAFT_DECIDED' and n.link = '/replies/" + reply + "'"));

        manager.get("/replies/" + reply).then().body(containsString("Précisez la source."));
        Reply before = reply(reply);
        Map<String, String> revised = new HashMap<>(Map.of("text", before.text + " Source : CIPDR.", "version",
                version(reply), "action", "submit", "var_lien_ressource", "https://www.stop-djihadisme.gouv.fr"));
        manager.post("/replies/" + reply, revised).then().statusCode(303);
        Reply resubmitted = reply(reply);
        assertEquals(ReplyStatus.SUBMITTED, resubmitted.status);
        assertEquals(2, resubmitted.round);
        assertTrue(resubmitted.departure > 0 && resubmitted.departure <= 10, "a few words added: " + resubmitted.departure);
        approve("reviewer", reply).then().statusCode(303);
        assertEquals(ReplyStatus.APPROVED, status(reply));

        int usesBefore = uses(TEMPLATE);
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply + "/publish", Map.of("version", version(reply), "url",
                "https://x.example/status/7", "publishedAt", nowInParis())).then().statusCode(303);
        assertEquals(usesBefore + 1, uses(TEMPLATE));
    }

    @Test
    void aStaleFormKeepsWhatWasTyped() {
        long reply = samples.draft("manager", "Texte d’origine.");
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/replies/" + reply);
        String stale = version(reply);
        manager.post("/replies/" + reply, Map.of("text", "Première modification.", "version", stale, "action", "save"))
                .then().statusCode(303);
        manager.post("/replies/" + reply, Map.of("text", "Seconde modification, depuis un vieil onglet.", "version",
                stale, "action", "save")).then().statusCode(409)
                .body(containsString("Seconde modification, depuis un vieil onglet."))
                .body(containsString("modifiée par quelqu’un d’autre"));
        assertEquals("Première modification.", reply(reply).text);
    }

    @Test
    void aManagerCannotStartAReplyForAPostTheyDoNotHoldOrThatIsNotToAnswer() {
        long post = samples.answerablePost("manager2", RiskLevel.LOW);
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + post + "/replies/new").then().statusCode(200)
                .body(containsString("publication que vous avez prise en charge"));
        long before = db.count("select count(*) from reply");
        manager.post("/queue/posts/" + post + "/replies", Map.of("text", "Tentative.", "version", "0"))
                .then().statusCode(409);
        assertEquals(before, db.count("select count(*) from reply"));
    }

    @Test
    void nobodyButTheAuthorEditsAndNoFieldOfTheFormSetsTheStateOrTheAuthor() {
        long reply = samples.draft("manager", "Texte de l’autrice.");
        Browserless other = Browserless.signedInAs("manager2");
        other.get("/replies/" + reply).then().statusCode(200).body(not(containsString("name=\"text\"")));
        other.post("/replies/" + reply, Map.of("text", "Réécrit par un autre.", "version", version(reply), "action",
                "save")).then().statusCode(409).body(containsString("Seul l’auteur"));
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/replies/" + reply);
        manager.post("/replies/" + reply, Map.of("text", "Texte de l’autrice, revu.", "version", version(reply),
                "action", "save", "status", "APPROVED", "authorId", "1", "requiredApprovals", "0",
                "var_status", "PUBLISHED")).then().statusCode(303);
        Reply saved = reply(reply);
        assertEquals(ReplyStatus.DRAFT, saved.status);
        assertEquals("Texte de l’autrice, revu.", saved.text);
        assertTrue(saved.variables.isEmpty(), "only the template's variables are kept");
    }

    @Test
    void aReviewerCommentsOnADraftAndTheMentionedAuthorIsNotified() {
        long reply = samples.draft("manager", "Brouillon à discuter.");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/replies/" + reply).then().body(containsString("id=\"discussion\""));
        reviewer.post("/replies/" + reply + "/comments", Map.of("body", "")).then().statusCode(400);
        reviewer.post("/replies/" + reply + "/comments",
                Map.of("body", "@[Camille Martin (démo)] la source <script>alert(1)</script> manque.")).then()
                .statusCode(303);
        assertEquals(1, db.count("select count(*) from notification n join person p on p.id = n.recipient_id"
                + " where p.username = 'manager' and n.kind = 'MENTIONED' and n.link like '/replies/" + reply + "%'"));
        Browserless.signedInAs("manager").get("/replies/" + reply).then()
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
        Browserless.signedInAs("admin").get("/replies/" + reply).then().statusCode(200)
                .body(not(containsString("/replies/" + reply + "/comments")));
    }

    private io.restassured.response.Response approve(String reviewer, long reply) {
        Browserless b = Browserless.signedInAs(reviewer);
        b.get("/replies/" + reply);
        return b.post("/approvals/" + reply + "/approve", Map.of("fingerprint", reply(reply).fingerprint));
    }

    private static io.restassured.response.Response save(Browserless manager, long reply, Map<String, String> values,
            String action) {
        Reply current = reply(reply);
        Map<String, String> form = new HashMap<>(values);
        form.put("text", current.text);
        form.put("version", String.valueOf(current.version));
        form.put("action", action);
        manager.get("/replies/" + reply);
        return manager.post("/replies/" + reply, form);
    }

    private long create(Browserless manager, long post, Map<String, String> extra, String text) {
        Map<String, String> form = new HashMap<>(extra);
        form.put("text", text);
        form.put("version", "0");
        String location = manager.post("/queue/posts/" + post + "/replies", form).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/replies/(\\d+).*", "$1"));
    }

    /** The template's X variant as the composer pre-fills it. */
    private static String templateText(Browserless manager, long post) {
        String page = manager.get("/queue/posts/" + post + "/replies/new?template=" + TEMPLATE).asString();
        String area = page.substring(page.indexOf("<textarea"), page.indexOf("</textarea>"));
        return org.jsoup.parser.Parser.unescapeEntities(area.substring(area.indexOf('>') + 1), false);
    }

    private static String nowInParis() {
        return LocalDateTime.now(PublicationForm.PARIS).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static Reply reply(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Reply r = Reply.findById(id);
            r.variables.size();
            r.approvals.size();
            return r;
        });
    }

    static ReplyStatus status(long id) {
        return reply(id).status;
    }

    static String version(long id) {
        return String.valueOf(reply(id).version);
    }

    private static int uses(String templateId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TemplateUsage usage = TemplateUsage.findById(templateId);
            return usage == null ? 0 : usage.uses;
        });
    }
}
