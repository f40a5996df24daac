package org.contrepoint.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contrepoint.taxonomy.TaxonomyChoices;
import org.contrepoint.web.TimeFormats;

/**
 * One line of the queue page: every value its HTML depends on, and nothing else. Two rows are equal exactly when
 * they render the same HTML, which lets {@link QueueRowHtml} keep the HTML of rows already rendered; the sentences
 * built from these values ({@link Texts}: each message is a small template of its own) are only worked out when a
 * row is rendered. Narratives are held by their label in the reader's language, so a renamed narrative is another
 * row.
 */
public record QueueRow(long id, int priority, int reachPart, int riskPart, int recencyPart, int narrativePart,
        String platform, String language, String authorHandle, String text, List<String> narratives, Long clusterId,
        RiskLevel risk, Instant due, boolean overdue, boolean lowReach, boolean selectable, boolean claimable,
        String holder, String lang) {

    /** The row's sentences in the reader's language. */
    public record Texts(String priorityParts, String selectLabel, String claimTitle, String holder, String riskLabel,
            String due, String cluster, String amplification, String overdue, String claim) {
    }

    /** The page's context for its rows. {@code canWork}: the viewer may select and claim. */
    record Context(boolean canWork, Instant now, long lowReachThreshold, List<TaxonomyChoices.Term> narratives,
            Locale locale) {
    }

    static List<QueueRow> of(List<QueueLine> lines, Context c) {
        Map<String, String> narrativeLabels = new HashMap<>();
        c.narratives().forEach(n -> narrativeLabels.put(n.code(), n.label(c.locale())));
        String lang = c.locale().getLanguage();
        return lines.stream().map(p -> new QueueRow(p.id(), p.priority(), p.priorityReach(), p.priorityRisk(),
                p.priorityRecency(), p.priorityNarrative(), p.platform().label(c.locale()), p.language(),
                p.authorHandle(), p.text(), p.narratives().stream().map(code -> narrativeLabels.getOrDefault(code, code)).toList(),
                p.clusterId(), p.risk(), p.dueAt(), p.overdue(c.now()), p.lowReach(c.lowReachThreshold()),
                c.canWork(), c.canWork() && p.claimable(), p.assigneeName(), lang)).toList();
    }

    /** {@code m}: the messages of this row's language. */
    Texts texts(QueueMessages m) {
        return new Texts(m.priorityParts(reachPart, riskPart, recencyPart, narrativePart), m.selectPost(id),
                m.claimPost(id), holder == null ? m.free() : m.heldBy(holder), risk.label(m), TimeFormats.utc(due),
                m.cluster(), m.amplification(), m.overdue(), m.claim());
    }
}
