package org.contrepoint.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    /** The selected columns of {@code post p}, in the order of the constructor (the narratives follow them). */
    static final String COLUMNS = "p.id, p.platform, p.language, p.author_handle, p.text, p.priority, "
            + "p.priority_reach, p.priority_risk, p.priority_recency, p.priority_narrative, p.risk, p.status, "
            + "p.assignee_id, p.assignee_name, p.due_at, p.captured_at, p.posted_at, p.followers, p.views, "
            + "p.cluster_id, p.narrative_codes";

    /** A row of {@link #COLUMNS}, as {@link QueueSearch} selects them. */
    static QueueLine of(ResultSet rs) throws SQLException {
        long assignee = rs.getLong(13);
        Long assigneeId = rs.wasNull() ? null : assignee;
        long cluster = rs.getLong(20);
        Long clusterId = rs.wasNull() ? null : cluster;
        String codes = rs.getString(21);
        List<String> narratives = codes.isEmpty() ? List.of() : List.of(codes.split(" "));
        return new QueueLine(rs.getLong(1), Platform.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                RiskLevel.valueOf(rs.getString(11)), PostStatus.valueOf(rs.getString(12)), assigneeId,
                rs.getString(14), instant(rs, 15), instant(rs, 16), instant(rs, 17), rs.getLong(18), rs.getLong(19),
                clusterId, narratives);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
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
