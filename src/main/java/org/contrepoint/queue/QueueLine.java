package org.contrepoint.queue;

import java.time.Instant;
import java.util.List;
import org.contrepoint.taxonomy.Platform;

/**
 * What the queue page reads of a post: the columns it shows or sorts on, and no more. Loading whole {@link Post}
 * entities for fifty rows cost more than the rest of the page (hydration, dirty-check snapshots, each row's MinHash
 * signature and an extra query for the narratives collection); the queue only reads.
 */
public record QueueLine(long id, Platform platform, String language, String authorHandle, String text, int priority,
        int priorityReach, int priorityRisk, int priorityRecency, int priorityNarrative, RiskLevel risk,
        PostStatus status, Long assigneeId, String assigneeName, Instant dueAt, Instant capturedAt, Instant postedAt,
        long followers, long views, Long clusterId, List<String> narratives) {

    /** The selected columns, in the order of the constructor (the narratives come from a second query). */
    static final String COLUMNS = "p.id, p.platform, p.language, p.authorHandle, p.text, p.priority, p.priorityReach, "
            + "p.priorityRisk, p.priorityRecency, p.priorityNarrative, p.risk, p.status, p.assigneeId, "
            + "p.assigneeName, p.dueAt, p.capturedAt, p.postedAt, p.followers, p.views, p.clusterId";

    static QueueLine of(Object[] c, List<String> narratives) {
        return new QueueLine((Long) c[0], (Platform) c[1], (String) c[2], (String) c[3], (String) c[4], (Integer) c[5],
                (Integer) c[6], (Integer) c[7], (Integer) c[8], (Integer) c[9], (RiskLevel) c[10], (PostStatus) c[11],
                (Long) c[12], (String) c[13], (Instant) c[14], (Instant) c[15], (Instant) c[16], (Long) c[17],
                (Long) c[18], (Long) c[19], narratives);
    }

    boolean overdue(Instant now) {
        return Post.overdue(status, dueAt, now);
    }

    boolean lowReach(long threshold) {
        return Post.lowReach(followers, views, threshold);
    }

    boolean claimable() {
        return assigneeId == null && status.open();
    }
}
