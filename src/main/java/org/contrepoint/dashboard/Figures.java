package org.contrepoint.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The dashboard's raw figures for one filter, before labels and formatting: what the cache holds. */
public record Figures(Instant computedAt, List<Count> byStatus, List<Count> byNarrative, List<Count> byPlatform,
        List<Count> byRisk, long overdue, List<OverduePost> overdueTop, List<Delay> delays, List<Week> weeks,
        List<Count> referralResults, List<TemplateRow> templates, List<ClusterRow> clusters) {

    /** A count under a key (a status, a narrative code, a platform...). */
    public record Count(String key, long value) {
    }

    public record OverduePost(long id, String platform, String risk, Instant dueAt, String assigneeName) {
    }

    /** One stage of the work: how many items, median and 90th percentile in seconds (null when there are none). */
    public record Delay(String stage, long count, Double medianSeconds, Double p90Seconds) {
    }

    /** One ISO week (starting on Monday): replies published and posts referred. */
    public record Week(LocalDate monday, long published, long referrals) {
    }

    public record TemplateRow(String id, String title, long publishedInPeriod, long uses, long assessed,
            long positive, long negative, int effectiveness) {
    }

    public record ClusterRow(long id, String excerpt, long size) {
    }
}
