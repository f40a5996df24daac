package org.contrepoint.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.contrepoint.identity.Person;
import org.contrepoint.identity.Role;
import org.contrepoint.support.Browserless;
import org.contrepoint.support.Database;
import org.contrepoint.support.TestPeople;
import org.junit.jupiter.api.Test;

/** The home page tells each role what waits on them, from their own claims, drafts and reviews. */
@QuarkusTest
class HomeSummaryTest {

    @Inject
    TestPeople people;

    @Inject
    Database db;

    @Inject
    HomeSummary summary;

    @Test
    void managerSeesClaimedPostsOverdueOnesDraftsAndApprovedRepliesToPublish() {
        Person cm = people.ensure("home-cm-" + System.nanoTime() % 100000, List.of(Role.COMMUNITY_MANAGER_ID));
        long base = 920_000_000L + (System.nanoTime() % 1000) * 1000;
        db.execute(DashboardFixture.post(base + 1, "CLAIMED", null, "x", "HIGH", "2031-03-01 00:00", null,
                "2000-01-01 00:00", null),
                DashboardFixture.post(base + 2, "DECIDED", "RESPOND", "x", "LOW", "2031-03-01 00:00",
                        "2031-03-01 01:00", "2099-01-01 00:00", null),
                "update post set assignee_id = " + cm.id + ", assignee_name = 'Test' where id in (" + (base + 1) + ", "
                        + (base + 2) + ")",
                DashboardFixture.reply(base + 1, base + 2, "DRAFT", cm.id, "2031-03-01 02:00", null),
                DashboardFixture.reply(base + 2, base + 2, "CHANGES_REQUESTED", cm.id, "2031-03-01 02:00", null),
                DashboardFixture.reply(base + 3, base + 2, "APPROVED", cm.id, "2031-03-01 02:00", null));
        HomeSummary.Manager m = summary.manager(cm.id, java.time.Instant.now());
        assertEquals(2, m.claimed());
        assertEquals(1, m.overdue());
        assertTrue(m.claimedTop().get(0).overdue());
        assertEquals(2, m.drafts());
        assertEquals(1, m.toPublish());
        assertEquals(base + 3, m.toPublishTop().get(0).id());

        String html = Browserless.signedInAs(cm.username).get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Publications que vous avez prises : 2"), html);
        assertTrue(html.contains("dont en retard : 1"));
        assertTrue(html.contains("Réponses approuvées à publier : 1"));
        assertTrue(html.contains("href=\"/queue/posts/" + (base + 1) + "\""));
    }

    @Test
    void reviewerSeesSubmittedRepliesOfOthersNotYetApprovedByThemInThisRound() {
        Person author = people.ensure("home-author", List.of(Role.COMMUNITY_MANAGER_ID));
        Person reviewer = people.ensure("home-rv-" + System.nanoTime() % 100000, List.of(Role.REVIEWER_ID));
        long before = summary.reviewer(reviewer.id).waiting();
        long authorBefore = summary.reviewer(author.id).waiting();
        long base = 930_000_000L + (System.nanoTime() % 1000) * 1000;
        db.execute(DashboardFixture.post(base + 1, "DECIDED", "RESPOND", "x", "LOW", "2031-03-01 00:00",
                "2031-03-01 01:00", "2099-01-01 00:00", null),
                DashboardFixture.reply(base + 1, base + 1, "SUBMITTED", author.id, "2031-03-01 02:00", null),
                DashboardFixture.reply(base + 2, base + 1, "SUBMITTED", author.id, "2031-03-01 02:00", null),
                DashboardFixture.reply(base + 3, base + 1, "SUBMITTED", author.id, "2031-03-01 02:00", null),
                "update reply set round = 2 where id in (" + (base + 1) + ", " + (base + 2) + ", " + (base + 3) + ")",
                // approved in this round: done; approved in the previous round only: waits again
                approval(base + 1, base + 1, 2, reviewer.id), approval(base + 2, base + 2, 1, reviewer.id));
        HomeSummary.Reviewer r = summary.reviewer(reviewer.id);
        assertEquals(before + 2, r.waiting());
        // one's own submission never waits on oneself
        assertEquals(authorBefore, summary.reviewer(author.id).waiting());
        String html = Browserless.signedInAs(reviewer.username).get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Réponses qui attendent votre approbation : " + (before + 2)), html);
    }

    @Test
    void contributorSeesTheirProposalsAndAdminSeesTeamHealth() {
        String contributor = Browserless.signedInAs("contributor").get("/").then().statusCode(200).extract().asString();
        assertTrue(contributor.contains("Vos propositions de modèles"), contributor);
        String admin = Browserless.signedInAs("admin").get("/").then().statusCode(200).extract().asString();
        assertTrue(admin.contains("Santé de l’équipe"), admin);
        assertTrue(admin.contains("href=\"/admin/audit/verify\""));
        assertTrue(admin.contains("Publications en cours :"));
    }

    private static String approval(long id, long replyId, int round, long reviewerId) {
        return "insert into reply_approval (id, reply_id, round, reviewer_id, reviewer_name, text_fingerprint, created_at)"
                + " values (" + id + ", " + replyId + ", " + round + ", " + reviewerId + ", 'Relecteur', 'r" + replyId
                + "', timestamp '2031-03-02 00:00:00')";
    }
}
