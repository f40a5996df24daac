package org.contrepoint.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.contrepoint.support.Database;

/**
 * A small, hand-counted world for the dashboard, written with plain SQL in the two weeks of 3 to 16 March 2031 and
 * under a narrative of its own, so that the figures do not depend on what other tests created.
 *
 * <pre>
 * post  status   decision platform risk     created        decided        due
 * p1    NEW      -        telegram HIGH     03-01 00:00    -              2000 (overdue)
 * p2    CLAIMED  -        x        LOW      03-02 00:00    -              2099
 * p3    DECIDED  RESPOND  x        CRITICAL 03-03 00:00    03-03 02:00    2099   (2 h to decide)
 * p4    CLOSED   REFER    facebook MEDIUM   03-04 00:00    03-04 04:00    2099   (4 h) cluster c
 * p5    CLOSED   BOTH     x        HIGH     03-10 00:00    03-10 10:00    2099   (10 h) cluster c
 * p6    CLOSED   DISMISS  x        LOW      02-01 00:00    02-02 00:00    2099   (outside the period)
 * reply r1 on p3, template t: approved 03-03 05:00 (3 h after decision), published 03-03 06:00 (1 h)
 * reply r2 on p5, template t: approved 03-10 11:00 (1 h), published 03-11 11:00 (24 h);
 *       outcomes: PENDING recorded 03-12, then CONTENT_REMOVED recorded 03-14 (the latest counts)
 * </pre>
 */
@ApplicationScoped
public class DashboardFixture {

    static final String FROM = "2031-03-03";
    static final String TO = "2031-03-16";
    static final String TEMPLATE = "victimisation-chiffres-protection";
    private static final AtomicLong NEXT = new AtomicLong(910_000_000L + (System.nanoTime() % 1000) * 1000);

    @Inject
    Database db;

    /** Creates the world under a new narrative and returns its code. */
    public String create(long authorId) {
        long base = NEXT.getAndAdd(100);
        String narrative = "dash-fixture-" + base;
        long cluster = base;
        List<String> sql = new ArrayList<>();
        sql.add("insert into narrative (code, label_fr, label_en, weight, position) values ('" + narrative
                + "', 'Récit « fictif » de test', 'Test narrative', 50, 999)");
        sql.add("insert into post_cluster (id, excerpt, created_at) values (" + cluster
                + ", 'Message commun fictif, \"entre guillemets\"', timestamp with time zone '2031-03-04 00:00:00+00')");
        sql.add(post(base + 1, "NEW", null, "telegram", "HIGH", "2031-03-01 00:00", null, "2000-01-01 00:00", null));
        sql.add(post(base + 2, "CLAIMED", null, "x", "LOW", "2031-03-02 00:00", null, "2099-01-01 00:00", null));
        sql.add(post(base + 3, "DECIDED", "RESPOND", "x", "CRITICAL", "2031-03-03 00:00", "2031-03-03 02:00",
                "2099-01-01 00:00", null));
        sql.add(post(base + 4, "CLOSED", "REFER", "facebook", "MEDIUM", "2031-03-04 00:00", "2031-03-04 04:00",
                "2099-01-01 00:00", cluster));
        sql.add(post(base + 5, "CLOSED", "BOTH", "x", "HIGH", "2031-03-10 00:00", "2031-03-10 10:00",
                "2099-01-01 00:00", cluster));
        sql.add(post(base + 6, "CLOSED", "DISMISS", "x", "LOW", "2031-02-01 00:00", "2031-02-02 00:00",
                "2099-01-01 00:00", null));
        for (int i = 1; i <= 6; i++) {
            sql.add("insert into post_narrative (post_id, narrative_code) values (" + (base + i) + ", '" + narrative + "')");
        }
        sql.add(reply(base + 1, base + 3, "PUBLISHED", authorId, "2031-03-03 05:00", "2031-03-03 06:00"));
        sql.add(reply(base + 2, base + 5, "PUBLISHED", authorId, "2031-03-10 11:00", "2031-03-11 11:00"));
        sql.add(outcome(base + 1, base + 2, "PENDING", "2031-03-12 09:00"));
        sql.add(outcome(base + 2, base + 2, "CONTENT_REMOVED", "2031-03-14 09:00"));
        db.execute(sql.toArray(String[]::new));
        return narrative;
    }

    /** The maintained counters of the template used by the fixture: effectiveness 50 + 50 × (3 − 1) / (4 + 4) = 62.5 → 63. */
    public void setTemplateUsage() {
        db.execute("delete from template_usage where template_id = '" + TEMPLATE + "'",
                "insert into template_usage (template_id, uses, assessed, positive, negative) values ('" + TEMPLATE
                        + "', 7, 4, 3, 1)");
    }

    static String ts(String value) {
        return value == null ? "null" : "timestamp with time zone '" + value + ":00+00'";
    }

    static String post(long id, String status, String decision, String platform, String risk, String created,
            String decided, String due, Long cluster) {
        return "insert into post (id, platform, platform_id, text, language, posted_at, captured_at, source, risk,"
                + " priority, priority_reach, priority_risk, priority_recency, priority_narrative, status, due_at,"
                + " decision, decided_at, closed_at, cluster_id, fingerprint, created_at) values (" + id + ", '"
                + platform.toUpperCase() + "', 'dash-" + id + "', '[Exemple fictif] publication de test', 'fr', "
                + ts(created) + ", " + ts(created) + ", 'MANUAL', '" + risk + "', 50, 50, 50, 50, 50, '" + status
                + "', " + ts(due) + ", " + (decision == null ? "null" : "'" + decision + "'") + ", " + ts(decided)
                + ", " + ("CLOSED".equals(status) ? ts(decided) : "null") + ", " + (cluster == null ? "null" : cluster)
                + ", 'f" + id + "', " + ts(created) + ")";
    }

    static String reply(long id, long postId, String status, long authorId, String approved, String published) {
        return "insert into reply (id, post_id, template_id, text, language, platform, status, fingerprint, author_id,"
                + " author_name, created_at, updated_at, submitted_at, approved_at, published_at) values (" + id + ", "
                + postId + ", '" + TEMPLATE + "', 'Réponse fictive', 'fr', 'X', '" + status + "', 'r" + id + "', "
                + authorId + ", 'Auteur de test', timestamp '2031-03-01 00:00:00', timestamp '2031-03-01 00:00:00',"
                + " timestamp '2031-03-01 00:00:00', timestamp '" + approved + ":00', "
                + (published == null ? "null" : "timestamp '" + published + ":00'") + ")";
    }

    static String outcome(long id, long replyId, String result, String recorded) {
        return "insert into reply_outcome (id, reply_id, referral_result, assessment, recorded_by_name, recorded_at)"
                + " values (" + id + ", " + replyId + ", '" + result + "', 'NEUTRAL', 'Test', timestamp '" + recorded
                + ":00')";
    }
}
