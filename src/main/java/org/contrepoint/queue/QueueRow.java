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

    /**
     * Over the values that set rows apart, not all of them: the record's own hash went through its 20 components
     * on every page view, the text (new Strings each time, so hashed afresh) and the narratives' list among them,
     * 3 % of the queue page's CPU at a million posts (bench/README.md, sixteenth session). Equality stays the
     * record's, over every component: a row whose text or narratives changed is another key all the same.
     */
    @Override
    public int hashCode() {
        int h = Long.hashCode(id);
        h = 31 * h + priority;
        h = 31 * h + (holder == null ? 0 : holder.hashCode());
        h = 31 * h + (due == null ? 0 : due.hashCode());
        h = 31 * h + (overdue ? 1 : 0) + (selectable ? 2 : 0) + (claimable ? 4 : 0) + (lowReach ? 8 : 0);
        return 31 * h + lang.hashCode();
    }

    /** {@code m}: the messages of this row's language. */
    Texts texts(QueueMessages m) {
        return new Texts(m.priorityParts(reachPart, riskPart, recencyPart, narrativePart), m.selectPost(id),
                m.claimPost(id), holder == null ? m.free() : m.heldBy(holder), risk.label(m), TimeFormats.utc(due),
                m.cluster(), m.amplification(), m.overdue(), m.claim());
    }
}
