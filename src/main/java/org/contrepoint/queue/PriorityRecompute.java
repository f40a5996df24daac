package org.contrepoint.queue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.BiFunction;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;

/**
 * Brings open posts' priority in line with the current weights, and their due time in line with the due hours per
 * risk level, after admins change them (closed and decided posts keep what they were worked with). Set-based SQL over id ranges, each range its own short
 * transaction: a million posts are never loaded into a session, and claims are never blocked for long behind
 * one giant update. One audit entry for the whole run. The posts' version is left alone: a new score is no edit
 * by a person, and the forms open on those posts stay valid.
 * The score is {@link Priority}'s formula on the stored parts, in integer arithmetic: floor((2w + t) / 2t) is
 * Math.round(w / t) for non-negative w, so a recomputed score equals the one intake would give.
 */
@ApplicationScoped
public class PriorityRecompute {

    static final int CHUNK = 10_000;

    // The narrative part follows the narratives' current weights too (intake took the heaviest, 0 without any).
    private static final String NARRATIVE_PART = "update post set priority_narrative = coalesce((select max(n.weight) "
            + "from post_narrative pn join narrative n on n.code = pn.narrative_code where pn.post_id = post.id), 0) "
            + "where status in ('NEW', 'CLAIMED') and id > ?1 and id <= ?2";
    private static final String SCORE = "update post set priority = (2 * (priority_reach * ?3 + priority_risk * ?4 "
            + "+ priority_recency * ?5 + priority_narrative * ?6) + ?7) / (2 * ?7) "
            + "where status in ('NEW', 'CLAIMED') and id > ?1 and id <= ?2";

    // Due time = capture time + the hours of the post's risk level, as intake sets it.
    private static final String DUE = "update post set due_at = captured_at + cast(case risk when 'LOW' then ?3 "
            + "when 'MEDIUM' then ?4 when 'HIGH' then ?5 else ?6 end as integer) * interval '1' hour "
            + "where status in ('NEW', 'CLAIMED') and id > ?1 and id <= ?2";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The last id of the next chunk of open posts after {@code ?1}: chunks follow the ids actually there. */
    private static final String NEXT_CHUNK_END = "select max(id) from (select id from post where status in ('NEW', "
            + "'CLAIMED') and id > ?1 order by id limit " + CHUNK + ") chunk";

    /**
     * Not transactional itself: each chunk commits on its own. Returns the number of open posts updated. Chunks are
     * taken by keyset over the open posts' ids, not by id ranges: ids can be sparse (imports, sequences per
     * instance), and a range walk over a sparse space would mostly update nothing, slowly.
     */
    public int recomputeOpen(QueueSettings.Weights w) {
        int count = forEachChunkOfOpenPosts((from, to) -> {
            em.createNativeQuery(NARRATIVE_PART).setParameter(1, from).setParameter(2, to).executeUpdate();
            return em.createNativeQuery(SCORE).setParameter(1, from).setParameter(2, to)
                    .setParameter(3, w.reach()).setParameter(4, w.risk()).setParameter(5, w.recency())
                    .setParameter(6, w.narrative()).setParameter(7, w.total()).executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEvent.of("queue.priorities", "post", null,
                count + " publication(s) ouverte(s) recalculée(s) avec les poids " + w.reach() + "/" + w.risk()
                        + "/" + w.recency() + "/" + w.narrative())));
        return count;
    }

    /** Same walk for due times after the due hours changed; returns the number of open posts rescheduled. */
    public int rescheduleOpen(QueueSettings.DueHours h) {
        int count = forEachChunkOfOpenPosts((from, to) -> em.createNativeQuery(DUE).setParameter(1, from)
                .setParameter(2, to).setParameter(3, h.low()).setParameter(4, h.medium()).setParameter(5, h.high())
                .setParameter(6, h.critical()).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEvent.of("queue.due-times", "post", null,
                count + " échéance(s) de publication(s) ouverte(s) recalculée(s) : " + h.low() + "/" + h.medium()
                        + "/" + h.high() + "/" + h.critical() + " h")));
        return count;
    }

    /** Runs {@code update(from, to)} on each chunk of open posts, each in its own transaction; sums its counts. */
    private int forEachChunkOfOpenPosts(BiFunction<Long, Long, Integer> update) {
        int updated = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            Number end = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(NEXT_CHUNK_END)
                    .setParameter(1, from).getSingleResult());
            if (end == null) {
                return updated;
            }
            long to = end.longValue();
            updated += QuarkusTransaction.requiringNew().call(() -> update.apply(from, to));
            after = to;
        }
    }
}
