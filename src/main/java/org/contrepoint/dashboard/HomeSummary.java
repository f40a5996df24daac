package org.contrepoint.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Role;
import org.contrepoint.library.VersionStatus;
import org.contrepoint.queue.RetentionRun;
import org.contrepoint.signoff.Inbox;

/**
 * What the home page shows each role about their own work: counts and the five most pressing items, each from one
 * small indexed query (by assignee, by author, by status), never a scan of the whole queue.
 */
@ApplicationScoped
public class HomeSummary {

    static final int TOP = 5;
    static final Duration TEAM_HEALTH_FOR = Duration.ofSeconds(10);

    /**
     * The admins' team-health figures count the whole open backlog, which grows with the queue (the benchmark's
     * admin home page fell from 614 to 99 pages/s between 10,000 and 300,000 open posts); they are the same for
     * every admin, so they are counted at most once per {@link #TEAM_HEALTH_FOR}, by one request at a time.
     */
    private final SharedFigures<Admin> teamHealth = new SharedFigures<>(this::admin, TEAM_HEALTH_FOR);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Inbox inbox;

    public record PostLine(long id, String platform, String status, Instant dueAt, boolean overdue) {
    }

    public record ReplyLine(long id, long postId, String status, String authorName, Instant at) {
    }

    public record VersionLine(long id, String title, String status, Instant at) {
    }

    public record StatusCount(String status, long count) {
    }

    public record Manager(long claimed, long overdue, List<PostLine> claimedTop, long drafts, List<ReplyLine> draftsTop,
            long toPublish, List<ReplyLine> toPublishTop) {
    }

    public record Reviewer(long waiting, List<ReplyLine> waitingTop) {
    }

    public record Contributor(List<StatusCount> byStatus, List<VersionLine> latest) {
    }

    public record Admin(long backlog, long overdue, long awaitingApproval, RetentionRun lastRun) {
    }

    /** One part per role held; parts of roles not held stay null. */
    public record Summary(Manager manager, Reviewer reviewer, Contributor contributor, Admin admin) {
    }

    public Summary of(CurrentUser user) {
        Long me = user.personId();
        if (me == null) {
            return new Summary(null, null, null, null);
        }
        Instant now = clock.instant();
        return new Summary(user.hasRole(Role.COMMUNITY_MANAGER_ID) ? manager(me, now) : null,
                user.hasRole(Role.REVIEWER_ID) ? reviewer(me) : null,
                user.hasRole(Role.CONTRIBUTOR_ID) ? contributor(me) : null,
                user.hasRole(Role.ADMIN_ID) ? teamHealth.get(now) : null);
    }

    Manager manager(long me, Instant now) {
        String mine = "from post p where p.assignee_id = :me and p.status in ('CLAIMED', 'DECIDED')";
        long claimed = count("select count(*) " + mine, me);
        long overdue = ((Number) em.createNativeQuery("select count(*) " + mine + " and p.status = 'CLAIMED'"
                + " and p.due_at < :now").setParameter("me", me).setParameter("now", now).getSingleResult()).longValue();
        List<PostLine> posts = new ArrayList<>();
        for (Object[] r : rows("select p.id, p.platform, p.status, p.due_at " + mine + " order by p.due_at, p.id", me)) {
            Instant due = DashboardQueries.instant(r[3]);
            posts.add(new PostLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], due,
                    "CLAIMED".equals(r[2]) && due.isBefore(now)));
        }
        String drafts = "from reply r where r.author_id = :me and r.status in ('DRAFT', 'CHANGES_REQUESTED')";
        String approved = "from reply r where r.author_id = :me and r.status = 'APPROVED'";
        return new Manager(claimed, overdue, posts, count("select count(*) " + drafts, me),
                replies(drafts + " order by r.updated_at desc, r.id desc", "r.updated_at", me),
                count("select count(*) " + approved, me),
                replies(approved + " order by r.approved_at, r.id", "r.approved_at", me));
    }

    /** What waits for this reviewer, by the inbox's own rule (submitted by someone else, not yet approved). */
    Reviewer reviewer(long me) {
        List<ReplyLine> top = inbox.waiting(me, TOP).stream().map(r -> new ReplyLine(r.id, r.postId, r.status.name(),
                r.authorName, r.submittedAt)).toList();
        return new Reviewer(inbox.count(me), top);
    }

    Contributor contributor(long me) {
        List<StatusCount> counts = new ArrayList<>();
        for (Object[] r : rows("select v.status, count(*) from library_version v where v.author_id = :me"
                + " group by v.status order by v.status", me)) {
            counts.add(new StatusCount(VersionStatus.valueOf((String) r[0]).code(), ((Number) r[1]).longValue()));
        }
        List<VersionLine> latest = new ArrayList<>();
        for (Object[] r : rows("select v.id, v.title, v.status, v.created_at from library_version v"
                + " where v.author_id = :me order by v.created_at desc, v.id desc", me)) {
            latest.add(new VersionLine(((Number) r[0]).longValue(), (String) r[1], VersionStatus.valueOf((String) r[2]).code(),
                    DashboardQueries.instant(r[3])));
        }
        return new Contributor(counts, latest);
    }

    Admin admin(Instant now) {
        long backlog = ((Number) em.createNativeQuery("select count(*) from post p where " + DashboardQueries.OPEN)
                .getSingleResult()).longValue();
        long overdue = ((Number) em.createNativeQuery("select count(*) from post p where p.status in ('NEW', 'CLAIMED')"
                + " and p.due_at < :now").setParameter("now", now).getSingleResult()).longValue();
        long awaiting = ((Number) em.createNativeQuery("select count(*) from reply r where r.status = 'SUBMITTED'")
                .getSingleResult()).longValue();
        List<RetentionRun> runs = RetentionRun.find("order by ranAt desc, id desc").page(0, 1).list();
        return new Admin(backlog, overdue, awaiting, runs.isEmpty() ? null : runs.get(0));
    }

    private long count(String sql, long me) {
        return ((Number) em.createNativeQuery(sql).setParameter("me", me).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long me) {
        return em.createNativeQuery(sql).setParameter("me", me).setMaxResults(TOP).getResultList();
    }

    private List<ReplyLine> replies(String from, String when, long me) {
        List<ReplyLine> lines = new ArrayList<>();
        for (Object[] r : rows("select r.id, r.post_id, r.status, r.author_name, " + when + " " + from, me)) {
            lines.add(new ReplyLine(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], r[4] == null ? null : DashboardQueries.instant(r[4])));
        }
        return lines;
    }
}
