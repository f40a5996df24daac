package org.contrepoint.queue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contrepoint.taxonomy.Narrative;

/**
 * One line of the queue page with what the page decides about it worked out once, here. The queue page renders
 * fifty of these on every visit: a template that looked up the page-wide values from inside its loop walked
 * Qute's whole resolver chain each time, and that was most of the page's cost (bench/queue/README.md).
 */
public record QueueRow(Post post, boolean overdue, boolean lowReach, boolean selectable, boolean claimable,
        List<String> narratives) {

    /** The rows of a page for a viewer: {@code canWork} says whether they may select and claim. */
    static List<QueueRow> of(List<Post> posts, boolean canWork, Instant now, long lowReachThreshold,
            List<Narrative> narratives, Locale locale) {
        Map<String, String> labels = new java.util.HashMap<>();
        narratives.forEach(n -> labels.put(n.code, n.label(locale)));
        return posts.stream().map(p -> new QueueRow(p, p.overdue(now), p.lowReach(lowReachThreshold), canWork,
                canWork && p.assigneeId == null && p.status.open(),
                p.narratives.stream().map(code -> labels.getOrDefault(code, code)).toList())).toList();
    }
}
