package org.contrepoint.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.web.TimeFormats;

/**
 * One line of the queue page: every value its HTML shows, worked out once, here, and nothing else. Being plain
 * values (no entity), two rows are equal exactly when they render the same HTML, which lets {@link QueueRowHtml}
 * keep the HTML of rows it has already rendered. Page-wide values and message lookups stay out of the template's
 * loop: each lookup there walked Qute's resolver chain (bench/queue/README.md).
 */
public record QueueRow(long id, int priority, String priorityParts, String platform, String language,
        String authorHandle, String text, List<String> narratives, Long clusterId, String riskBadge,
        String riskLabel, String due, boolean overdue, boolean lowReach, boolean selectable, boolean claimable,
        String selectLabel, String claimTitle, String holder, Labels labels) {

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
        return posts.stream().map(p -> new QueueRow(p.id, p.priority,
                m.priorityParts(p.priorityReach, p.priorityRisk, p.priorityRecency, p.priorityNarrative),
                p.platform.label(), p.language, p.authorHandle, p.text,
                p.narratives.stream().map(code -> narrativeLabels.getOrDefault(code, code)).toList(), p.clusterId,
                p.risk.badge(), p.risk.label(m), TimeFormats.utc(p.dueAt), p.overdue(c.now()),
                p.lowReach(c.lowReachThreshold()), c.canWork(), c.canWork() && p.assigneeId == null && p.status.open(),
                m.selectPost(p.id), m.claimPost(p.id), p.assigneeName == null ? m.free() : m.heldBy(p.assigneeName),
                labels)).toList();
    }
}
