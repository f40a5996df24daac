package org.contrepoint.queue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.intake.BandIndex;

/**
 * The retention job (docs/registre-traitement.md): closed posts older than the retention period lose what
 * identifies people (author, text, link, screenshots); posts referred to the authorities (PHAROS) are kept whole.
 */
@ApplicationScoped
public class Retention {

    @Inject
    BandIndex bands;
    @Inject
    QueueRowHtml rowHtml;
    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Scheduled(cron = "{contrepoint.queue.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run(clock.instant());
    }

    @Transactional
    public RetentionRun run(Instant now) {
        QueueSettings settings = QueueSettings.current();
        Instant cutoff = now.minus(Duration.ofDays(settings.retentionDays));
        List<Post> due = Post.list("status = ?1 and closedAt < ?2 and pseudonymisedAt is null order by id",
                PostStatus.CLOSED, cutoff);
        RetentionRun run = new RetentionRun();
        run.ranAt = now;
        run.cutoff = cutoff;
        for (Post post : due) {
            if (post.referredToAuthorities()) {
                run.keptReferred++;
                continue;
            }
            bands.remove(post.id, post.minhash); // before pseudonymise, which clears the signature its keys come from
            post.pseudonymise(now);
            em.createQuery("delete from Evidence e where e.postId = :id").setParameter("id", post.id).executeUpdate();
            run.pseudonymised++;
        }
        run.persist();
        if (run.pseudonymised > 0) {
            rowHtml.forget();
        }
        audit.recordAs(Actor.system(), "retention.run", "retention_run", String.valueOf(run.id),
                run.pseudonymised + " publication(s) pseudonymisée(s), " + run.keptReferred
                        + " conservée(s) (signalées à PHAROS), fermées avant " + cutoff);
        return run;
    }
}
