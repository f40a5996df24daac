package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.QueueSamples;
import org.junit.jupiter.api.Test;

/** The queue as people use it: seeing, claiming, deciding, stale forms, clusters, bulk actions, pagination. */
@QuarkusTest
class QueueFlowTest {

    @Inject
    QueueSamples samples;

    @Inject
    Database db;

    private int version(long id) {
        return (int) db.count("select version from post where id = " + id);
    }

    private Map<String, String> referral(long id) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "refer");
        form.put("reason", "Apologie du terrorisme manifeste");
        form.put("target", "pharos");
        form.put("reference", "PH-2026-" + id);
        form.put("followUp", LocalDate.now().plusDays(7).toString());
        form.put("version", String.valueOf(version(id)));
        return form;
    }

    @Test
    void aManagerClaimsAndRecordsAReferralWhichIsAudited() {
        long id = samples.post("Publication à signaler " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        assertEquals(303, manager.post("/queue/posts/" + id + "/claim", Map.of()).statusCode());
        manager.get("/queue/posts/" + id);
        Response decided = manager.post("/queue/posts/" + id + "/decision", referral(id));
        assertEquals(303, decided.statusCode(), decided.asString());
        assertEquals("DECIDED", db.string("select status from post where id = " + id));
        assertEquals("PHAROS", db.string("select referral_target from post where id = " + id));
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'post.decide' and object_id = '" + id + "'"));
        String dossier = manager.get("/queue/posts/" + id + "/dossier").asString();
        assertTrue(dossier.contains("PH-2026-" + id));
        assertEquals(1, db.count("select count(*) from audit_entry where action = 'evidence.export' and object_id = '" + id + "'"));
    }

    @Test
    void anIncompleteReferralComesBackWithFrenchFieldErrorsAndWhatWasTyped() {
        long id = samples.post("Publication au signalement incomplet " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        manager.post("/queue/posts/" + id + "/claim", Map.of());
        manager.get("/queue/posts/" + id);
        Map<String, String> form = referral(id);
        form.remove("reference");
        form.put("followUp", "hier");
        Response refused = manager.post("/queue/posts/" + id + "/decision", form);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("Indiquez le numéro de signalement."));
        assertTrue(refused.asString().contains("Apologie du terrorisme manifeste"));
        assertEquals("CLAIMED", db.string("select status from post where id = " + id));
    }

    @Test
    void aStaleDecisionFormIsRefusedAndNothingIsLost() {
        long id = samples.post("Publication au formulaire périmé " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        manager.post("/queue/posts/" + id + "/claim", Map.of());
        manager.get("/queue/posts/" + id);
        Map<String, String> form = referral(id);
        form.put("version", String.valueOf(version(id) - 1));
        Response refused = manager.post("/queue/posts/" + id + "/decision", form);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("a changé depuis que vous avez ouvert la page"));
        assertTrue(refused.asString().contains("PH-2026-" + id), "what was typed comes back");
        assertEquals("CLAIMED", db.string("select status from post where id = " + id));
    }

    @Test
    void reviewersReadButCannotClaimAndContributorsSeeNothing() {
        long id = samples.post("Publication en lecture seule " + UUID.randomUUID());
        Browserless reviewer = Browserless.signedInAs("reviewer");
        assertEquals(200, reviewer.get("/queue/posts/" + id).statusCode());
        assertEquals(403, reviewer.post("/queue/posts/" + id + "/claim", Map.of()).statusCode());
        assertEquals(403, reviewer.post("/queue/bulk", Map.of("action", "dismiss", "ids", String.valueOf(id),
                "reason", "x")).statusCode());
        Browserless contributor = Browserless.signedInAs("contributor");
        assertEquals(403, contributor.get("/queue").statusCode());
        assertEquals(403, contributor.get("/queue/posts/" + id).statusCode());
        assertEquals(403, contributor.get("/queue/posts/" + id + "/dossier").statusCode());
        assertEquals("NEW", db.string("select status from post where id = " + id));
    }

    @Test
    void aReviewerReassignsAndAManagerCannotReleaseSomeoneElsesClaim() {
        long id = samples.post("Publication réattribuée " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + id);
        manager.post("/queue/posts/" + id + "/claim", Map.of());
        Browserless other = Browserless.signedInAs("manager2");
        other.get("/queue/posts/" + id);
        Response refused = other.post("/queue/posts/" + id + "/release", Map.of("version", String.valueOf(version(id))));
        assertTrue(refused.header("Location").endsWith("conflict=NOT_YOURS"));
        long manager2 = db.count("select id from person where username = 'manager2'");
        Browserless reviewer = Browserless.signedInAs("reviewer");
        reviewer.get("/queue/posts/" + id);
        Response moved = reviewer.post("/queue/posts/" + id + "/reassign",
                Map.of("version", String.valueOf(version(id)), "person", String.valueOf(manager2)));
        assertTrue(moved.header("Location").endsWith("done=1"));
        assertEquals(manager2, db.count("select assignee_id from post where id = " + id));
    }

    @Test
    void aDecisionAppliesToTheWholeClusterExceptPostsHeldBySomeoneElse() {
        String text = "Texte coordonné poussé par plusieurs comptes fictifs pour la grappe " + UUID.randomUUID();
        long a = samples.post(text);
        long b = samples.post(text.toUpperCase() + " https://exemple.invalid/partage");
        long c = samples.post("@compte_fictif_99 " + text);
        long cluster = db.count("select cluster_id from post where id = " + a);
        assertTrue(cluster > 0);
        assertEquals(cluster, db.count("select cluster_id from post where id = " + b));
        assertEquals(cluster, db.count("select cluster_id from post where id = " + c));
        Browserless other = Browserless.signedInAs("manager2");
        other.get("/queue/posts/" + c);
        other.post("/queue/posts/" + c + "/claim", Map.of());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue/posts/" + a);
        manager.post("/queue/posts/" + a + "/claim", Map.of());
        manager.get("/queue/posts/" + a);
        Response done = manager.post("/queue/posts/" + a + "/decision", Map.of("kind", "monitor", "reason",
                "Campagne coordonnée, on surveille", "wholeCluster", "on", "version", String.valueOf(version(a))));
        assertTrue(done.header("Location").endsWith("done=1-1"), done.header("Location"));
        assertEquals("DECIDED", db.string("select status from post where id = " + b));
        assertEquals("CLAIMED", db.string("select status from post where id = " + c));
    }

    @Test
    void bulkDismissalNeedsAReasonAndChangesOnlyOpenPosts() {
        long a = samples.post("Premier écarté en lot " + UUID.randomUUID());
        long b = samples.post("Second écarté en lot, autre texte " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        manager.get("/queue");
        Response noReason = manager.request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", manager.csrfToken()).formParam("action", "dismiss")
                .formParam("ids", a).formParam("ids", b).post("/queue/bulk");
        assertTrue(noReason.header("Location").contains("bulkError=1"));
        Response done = manager.request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", manager.csrfToken()).formParam("action", "dismiss").formParam("reason", "Hors sujet")
                .formParam("ids", a).formParam("ids", b).post("/queue/bulk");
        assertTrue(done.header("Location").contains("changed=2&skipped=0"), done.header("Location"));
        assertEquals("CLOSED", db.string("select status from post where id = " + a));
        assertEquals("DISMISS", db.string("select decision from post where id = " + b));
    }

    @Test
    void aNarrativeTaggedInBulkShowsOnTheQueueRowRaisesThePriorityAndTaggingItAgainIsSkipped() {
        long id = samples.post("Publication étiquetée en lot " + UUID.randomUUID());
        assertEquals("victimhood", db.string("select narrative_codes from post where id = " + id), "as it arrived");
        assertEquals(db.string("select weight from narrative where code = 'victimhood'"),
                db.string("select priority_narrative from post where id = " + id), "victimhood's weight");
        Browserless manager = Browserless.signedInAs("manager");
        String path = "/queue?narrative=martyrdom";
        assertFalse(manager.get(path).asString().contains("data-post=\"" + id + "\""), "not tagged yet");
        Response tagged = manager.request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", manager.csrfToken()).formParam("action", "tag")
                .formParam("narrativeCode", "martyrdom").formParam("ids", id).post("/queue/bulk");
        assertTrue(tagged.header("Location").contains("changed=1&skipped=0"), tagged.header("Location"));
        assertEquals("martyrdom victimhood", db.string("select narrative_codes from post where id = " + id));
        assertEquals(db.string("select max(weight) from narrative where code in ('victimhood', 'martyrdom')"),
                db.string("select priority_narrative from post where id = " + id), "the heavier one's weight");
        // The score as PriorityRecompute's SQL works it out from the stored parts and the current weights.
        String total = "(s.weight_reach + s.weight_risk + s.weight_recency + s.weight_narrative)";
        assertEquals(db.string("select (2 * (p.priority_reach * s.weight_reach + p.priority_risk * s.weight_risk"
                + " + p.priority_recency * s.weight_recency + p.priority_narrative * s.weight_narrative) + " + total
                + ") / (2 * " + total + ") from post p, queue_settings s where p.id = " + id),
                db.string("select priority from post where id = " + id));
        String row = row(manager.get(path).asString(), id);
        assertTrue(row.contains(">Martyre</span>") && row.contains(">Victimisation et persécution</span>"), row);
        Response again = manager.request().contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", manager.csrfToken()).formParam("action", "tag")
                .formParam("narrativeCode", "martyrdom").formParam("ids", id).post("/queue/bulk");
        assertTrue(again.header("Location").contains("changed=0&skipped=1"), again.header("Location"));
        assertEquals("martyrdom victimhood", db.string("select narrative_codes from post where id = " + id));
    }

    @Test
    void keysetPagesFollowEachOtherWithoutRepeatsOrGaps() {
        String language = "zz";
        for (int i = 0; i < 120; i++) {
            var item = samples.item("page-" + UUID.randomUUID(), "Texte numéro " + i + " pour la pagination " + UUID.randomUUID());
            item.put("language", language);
            samples.create(item);
        }
        Browserless manager = Browserless.signedInAs("manager");
        Set<String> seen = new LinkedHashSet<>();
        String path = "/queue?language=zz&status=all";
        Pattern row = Pattern.compile("data-post=\"(\\d+)\"");
        Pattern next = Pattern.compile("href=\"(/queue\\?[^\"]+)\" rel=\"next\"");
        int pages = 0;
        while (path != null) {
            String page = manager.get(path).asString();
            Matcher rows = row.matcher(page);
            while (rows.find()) {
                assertTrue(seen.add(rows.group(1)), "no row twice");
            }
            Matcher more = next.matcher(page);
            path = more.find() ? more.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        assertEquals(120, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void theQueuePageEscapesHostileTextAndExplainsPriority() {
        String marker = UUID.randomUUID().toString();
        long id = samples.post("<script>alert('" + marker + "')</script> texte hostile");
        Browserless manager = Browserless.signedInAs("manager");
        String page = manager.get("/queue/posts/" + id).asString();
        assertFalse(page.contains("<script>alert('" + marker));
        assertTrue(page.contains("&lt;script&gt;"));
        assertTrue(page.contains("audience "));
        assertNotNull(db.string("select fingerprint from post where id = " + id));
        assertTrue(page.contains(db.string("select fingerprint from post where id = " + id)));
        assertNotEquals(-1, manager.get("/queue?status=all").asString().indexOf("File des publications"));
    }

    @Test
    void queueRowsNameNarrativesInTheReadersLanguage() {
        long id = samples.post("Publication pour les libellés de récits " + UUID.randomUUID());
        Browserless manager = Browserless.signedInAs("manager");
        String french = manager.get("/queue?status=all&narrative=victimhood").asString();
        String row = french.substring(french.indexOf("data-post=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("Victimisation et persécution"), row);
        String english = manager.request().header("Accept-Language", "en")
                .get("/queue?status=all&narrative=victimhood").asString();
        assertTrue(english.contains(">Victimhood and persecution</span>"));
    }

    @Test
    void aRowAlreadyShownShowsItsHolderOnceClaimed() {
        Instant captured = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var item = samples.item("t-" + UUID.randomUUID(), "Publication vue puis prise " + UUID.randomUUID());
        item.put("capturedAt", captured.toString());
        long id = samples.create(item);
        // A keyset cursor just past this post puts it first, whatever other tests left in the queue.
        String page = "/queue?status=all&sort=captured&after=" + captured + "_" + (id + 1);
        Browserless manager = Browserless.signedInAs("manager");
        String before = row(manager.get(page).asString(), id);
        assertTrue(before.contains("/queue/posts/" + id + "/claim") && before.contains(">Libre<"), before);
        assertEquals(303, manager.post("/queue/posts/" + id + "/claim", Map.of()).statusCode());
        String after = row(manager.get(page).asString(), id);
        assertFalse(after.contains("/queue/posts/" + id + "/claim"), after);
        assertTrue(after.contains(">Prise par "), after);
    }

    private static String row(String page, long id) {
        int start = page.indexOf("data-post=\"" + id + "\"");
        assertNotEquals(-1, start, "row " + id + " not on the page");
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
