package org.contrepoint.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contrepoint.queue.Post;

/** A post as the API returns it. */
public record PostView(long id, String platform, String platformId, String url, String authorHandle,
        String authorName, String text, String language, String mediaDescription, Instant postedAt,
        Instant capturedAt, Map<String, Long> metrics, List<String> narratives, String source, String risk,
        Map<String, Integer> priority, String status, String assignee, Instant dueAt, String decision,
        String decisionReason, String referralTarget, String referralReference, LocalDate referralFollowUp,
        Long clusterId, String fingerprint, int version) {

    public static PostView of(Post p) {
        return new PostView(p.id, p.platform.code(), p.platformId, p.url, p.authorHandle, p.authorName, p.text,
                p.language, p.mediaDescription, p.postedAt, p.capturedAt,
                Map.of("followers", p.followers, "views", p.views, "shares", p.shares, "reactions", p.reactions),
                List.copyOf(p.narratives), p.source.name().toLowerCase(), p.risk.code(),
                Map.of("score", p.priority, "reach", p.priorityReach, "risk", p.priorityRisk,
                        "recency", p.priorityRecency, "narrative", p.priorityNarrative),
                p.status.name().toLowerCase(), p.assigneeName, p.dueAt,
                p.decision == null ? null : p.decision.code(), p.decisionReason,
                p.referralTarget == null ? null : p.referralTarget.code(), p.referralReference, p.referralFollowUp,
                p.clusterId, p.fingerprint, p.version);
    }
}
