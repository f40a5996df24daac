package org.contrepoint.signoff;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.Person;
import org.contrepoint.notification.NotificationKind;
import org.contrepoint.notification.Notifier;
import org.contrepoint.queue.Post;
import org.contrepoint.reply.Replies;
import org.contrepoint.reply.Reply;
import org.contrepoint.reply.ReplyStatus;

/**
 * Reminds the reviewers, once per submission, of a reply that has waited for its approvals longer than
 * {@code contrepoint.signoff.approval-due}. A resubmission clears the mark ({@link Reply#submit}), so a new round
 * can be reminded again.
 */
@ApplicationScoped
public class OverdueApprovals {

    /** Small batches, each its own transaction: a long backlog never holds locks or the audit head for long. */
    static final int BATCH = 20;

    @Inject
    SignoffConfig config;
    @Inject
    Clock clock;
    @Inject
    Notifier notifier;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    @Scheduled(every = "{contrepoint.signoff.overdue-check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            run(clock.instant());
        } catch (RuntimeException e) {
            // The database may be down for a while; the next run picks up whatever was left.
            Log.warnf("Overdue approvals check failed: %s", e.getMessage());
        }
    }

    /** Reminds the reviewers of every reply overdue at {@code now}; returns how many replies were reminded. */
    public int run(Instant now) {
        Instant cutoff = now.minus(config.approvalDue());
        int reminded = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select r.id from Reply r where r.status = :status and r.submittedAt <= :cutoff"
                            + " and r.overdueNotifiedAt is null and r.id > :after order by r.id", Long.class)
                    .setParameter("status", ReplyStatus.SUBMITTED).setParameter("cutoff", cutoff)
                    .setParameter("after", from).setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                return reminded;
            }
            reminded += QuarkusTransaction.requiringNew().call(() -> remind(ids, cutoff, now));
            // Paging by id, not by "still unmarked", so that a reply that fails cannot make the loop spin.
            after = ids.get(ids.size() - 1);
        }
    }

    private int remind(List<Long> ids, Instant cutoff, Instant now) {
        int reminded = 0;
        for (Long id : ids) {
            // Marking first, conditionally, makes sure of "once": another instance running the same job, or a
            // resubmission in between, leaves zero rows updated and this reply is skipped. A bulk update does
            // not bump the reply's version, so a reviewer's open decision form stays valid.
            int marked = em.createQuery("update Reply r set r.overdueNotifiedAt = :now where r.id = :id"
                    + " and r.status = :status and r.submittedAt <= :cutoff and r.overdueNotifiedAt is null")
                    .setParameter("now", now).setParameter("id", id).setParameter("status", ReplyStatus.SUBMITTED)
                    .setParameter("cutoff", cutoff).executeUpdate();
            if (marked == 0) {
                continue;
            }
            Reply reply = Reply.findById(id);
            Post post = Post.findById(reply.postId);
            List<Person> reviewers = reviewersFor(reply);
            notifier.notify(reviewers, NotificationKind.APPROVAL_OVERDUE, Replies.label(reply, post),
                    "/replies/" + reply.id, null);
            audit.recordAs(Actor.system(), "reply.overdue", "reply", reply.id.toString(),
                    "soumise le " + reply.submittedAt + ", " + reply.validApprovals().size() + "/"
                            + reply.requiredApprovals + " approbation(s), " + reviewers.size()
                            + " relecteur(s) prévenu(s)");
            reminded++;
        }
        return reminded;
    }

    /**
     * Enabled reviewers who can still act: never the author (who cannot approve their own reply), nor a reviewer
     * whose approval of this text already counts.
     */
    static List<Person> reviewersFor(Reply reply) {
        Set<Long> approved = reply.validApprovals().stream().map(a -> a.reviewerId).collect(Collectors.toSet());
        return Replies.reviewersOtherThan(reply.authorId).stream().filter(p -> !approved.contains(p.id)).toList();
    }
}
