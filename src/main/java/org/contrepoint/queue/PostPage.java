package org.contrepoint.queue;

import java.time.Instant;
import java.util.List;

/** What the post page shows, and what the person looking at it may do. */
public record PostPage(Post post, List<Evidence> evidence, long clusterSize, boolean canWork, boolean holds,
        boolean canReassign, List<QueueChoices.ManagerOption> managers, Instant now, boolean lowReach,
        boolean composer) {

    public boolean canDecide() {
        return canWork && holds && post.status != PostStatus.CLOSED;
    }

    public boolean canClaim() {
        return canWork && post.assigneeId == null && post.status != PostStatus.CLOSED;
    }

    public boolean canRelease() {
        return post.assigneeId != null && (holds || canReassign);
    }

    /** Replies are written by community managers (an admin alone does not compose). */
    public boolean canCompose() {
        return composer;
    }

    public boolean canClose() {
        return canWork && post.status == PostStatus.DECIDED;
    }

    public List<String> decisionKinds() {
        return java.util.Arrays.stream(DecisionKind.values()).map(DecisionKind::code).toList();
    }

    public boolean overdue() {
        return post.overdue(now);
    }

    public boolean webLink() {
        return post.url != null && post.url.matches("(?i)^https?://[^\\s\"'<>]+$");
    }
}
