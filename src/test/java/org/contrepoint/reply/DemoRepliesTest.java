package org.contrepoint.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.contrepoint.intake.DemoPosts;
import org.contrepoint.support.Database;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoRepliesTest {

    @Inject
    DemoPosts posts;
    @Inject
    DemoReplies replies;
    @Inject
    Database db;

    @Test
    void theDemoHasOneReplyWaitingOneApprovedAndOnePublishedWithAnOutcomeSeededOnce() {
        posts.seed();
        replies.seed();
        replies.seed();
        String demo = "from reply r join post p on p.id = r.post_id where p.source = 'DEMO'";
        assertEquals(3, db.count("select count(*) " + demo));
        assertEquals(1, db.count("select count(*) " + demo + " and r.status = 'SUBMITTED'"));
        assertEquals(1, db.count("select count(*) " + demo + " and r.status = 'APPROVED'"));
        assertEquals(1, db.count("select count(*) " + demo + " and r.status = 'PUBLISHED'"));
        assertEquals(1, db.count("select count(*) from reply_outcome o join reply r on r.id = o.reply_id"
                + " join post p on p.id = r.post_id where p.source = 'DEMO'"));
        assertEquals(0, db.count("select count(*) " + demo + " and r.text like '%{{%'"
                + " and r.status <> 'DRAFT' and exists (select 1 from reply_variable v where v.reply_id = r.id"
                + " and v.content = '')"), "every variable of a submitted demo reply is filled");
    }
}
