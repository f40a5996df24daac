package org.contrepoint.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contrepoint.taxonomy.Narrative;

/**
 * One line of the queue page with what the page decides and says about it worked out once, here. The queue page
 * renders fifty of these on every visit, and two costs dominated it (bench/queue/README.md): page-wide values
 * looked up from inside the template's loop, each lookup walking Qute's whole resolver chain, and message keys
 * looked up by name in the template, each a linear search of the bundle's keys. Java calls the bundle's methods
 * directly.
 */
public record QueueRow(Post post, boolean overdue, boolean lowReach, boolean selectable, boolean claimable,
        List<String> narratives, String priorityParts, String selectLabel, String claimTitle, String holder,
        String riskLabel, Labels labels) {

    /** Texts that are the same on every row, looked up once per page. */
    public record Labels(String cluster, String amplification, String overdue, String claim) {
    }

    /** The page's context for its rows. {@code canWork}: the viewer may select and claim. */
    record Context(boolean canWork, Instant now, long lowReachThreshold, List<Narrative> narratives, Locale locale,
            QueueMessages messages) {
    }

    static List<QueueRow> of(List<Post> posts, Context c) {
        QueueMessages m = c.messages();
        Labels labels = new Labels(m.cluster(), m.amplification(), m.overdue(), m.claim());
        Map<String, String> narrativeLabels = new HashMap<>();
        c.narratives().forEach(n -> narrativeLabels.put(n.code, n.label(c.locale())));
        return posts.stream().map(p -> new QueueRow(p, p.overdue(c.now()), p.lowReach(c.lowReachThreshold()),
                c.canWork(), c.canWork() && p.assigneeId == null && p.status.open(),
                p.narratives.stream().map(code -> narrativeLabels.getOrDefault(code, code)).toList(),
                m.priorityParts(p.priorityReach, p.priorityRisk, p.priorityRecency, p.priorityNarrative),
                m.selectPost(p.id), m.claimPost(p.id), p.assigneeName == null ? m.free() : m.heldBy(p.assigneeName),
                p.risk.label(m), labels)).toList();
    }
}
