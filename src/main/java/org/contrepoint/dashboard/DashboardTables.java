package org.contrepoint.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contrepoint.dashboard.Figures.Count;
import org.contrepoint.dashboard.Figures.Delay;
import org.contrepoint.queue.PostStatus;
import org.contrepoint.queue.RiskLevel;
import org.contrepoint.taxonomy.Narrative;
import org.contrepoint.taxonomy.Platform;

/** Turns raw figures into labelled tables in the reader's language (one place for page and CSV alike). */
final class DashboardTables {

    static final List<String> IDS = List.of("status", "narrative", "platform", "risk", "overdue", "delays",
            "published", "referrals", "referral-results", "templates", "clusters");

    static final java.time.format.DateTimeFormatter MINUTES_UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final DashboardMessages m;
    private final Locale locale;

    DashboardTables(DashboardMessages m, Locale locale) {
        this.m = m;
        this.locale = locale;
    }

    List<DataTable> all(Figures f) {
        List<DataTable> tables = new ArrayList<>();
        tables.add(counted("status", m.byStatusCaption(), m.colStatus(), f.byStatus(),
                List.of(PostStatus.NEW.name(), PostStatus.CLAIMED.name(), PostStatus.DECIDED.name()), this::status));
        Map<String, String> narratives = Narrative.listOrdered().stream()
                .collect(Collectors.toMap(n -> n.code, n -> n.label(locale)));
        tables.add(counted("narrative", m.byNarrativeCaption(), m.colNarrative(), f.byNarrative(), List.of(),
                code -> narratives.getOrDefault(code, code)));
        tables.add(counted("platform", m.byPlatformCaption(), m.colPlatform(), f.byPlatform(), List.of(),
                code -> Platform.valueOf(code).label(locale)));
        tables.add(counted("risk", m.byRiskCaption(), m.colRisk(), f.byRisk(),
                List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"), this::risk));
        tables.add(overdue(f));
        tables.add(delays(f));
        DataTable.Builder published = new DataTable.Builder("published", m.publishedCaption(),
                List.of(m.colWeek(), m.colPublished()), 1);
        DataTable.Builder referrals = new DataTable.Builder("referrals", m.referralsCaption(),
                List.of(m.colWeek(), m.colReferrals()), 1);
        for (Figures.Week w : f.weeks()) {
            published.row(List.of(m.weekOf(w.monday().toString()), String.valueOf(w.published())),
                    List.of(w.monday().toString(), String.valueOf(w.published())));
            referrals.row(List.of(m.weekOf(w.monday().toString()), String.valueOf(w.referrals())),
                    List.of(w.monday().toString(), String.valueOf(w.referrals())));
        }
        tables.add(published.build());
        tables.add(referrals.build());
        tables.add(counted("referral-results", m.referralResultsCaption(), m.colReferralResult(),
                f.referralResults(), List.of(), this::referralResult));
        DataTable.Builder templates = new DataTable.Builder("templates", m.templatesCaption(),
                List.of(m.colTemplate(), m.colUsesTotal(), m.colPublishedInPeriod(), m.colAssessed(), m.colPositive(),
                        m.colNegative(), m.colEffectiveness()), 1);
        for (Figures.TemplateRow t : f.templates()) {
            templates.row(List.of(t.title(), String.valueOf(t.uses()), String.valueOf(t.publishedInPeriod()),
                    String.valueOf(t.assessed()), String.valueOf(t.positive()), String.valueOf(t.negative()),
                    String.valueOf(t.effectiveness())));
        }
        tables.add(templates.build());
        DataTable.Builder clusters = new DataTable.Builder("clusters", m.clustersCaption(),
                List.of(m.colCluster(), m.colClusterSize()), 1);
        for (Figures.ClusterRow c : f.clusters()) {
            clusters.row(List.of(c.excerpt(), String.valueOf(c.size())));
        }
        tables.add(clusters.build());
        return tables;
    }

    /**
     * A count per key, charted; {@code always} lists keys shown even at zero (the statuses, the risk levels), in
     * that order, before any other key.
     */
    private DataTable counted(String id, String caption, String column, List<Count> counts, List<String> always,
            Function<String, String> label) {
        DataTable.Builder b = new DataTable.Builder(id, caption, List.of(column, m.colPosts()), 1);
        Map<String, Long> byKey = counts.stream().collect(Collectors.toMap(Count::key, Count::value));
        for (String key : always) {
            long n = byKey.getOrDefault(key, 0L);
            b.row(List.of(label.apply(key), String.valueOf(n)));
        }
        for (Count c : counts) {
            if (!always.contains(c.key())) {
                b.row(List.of(label.apply(c.key()), String.valueOf(c.value())));
            }
        }
        return b.build();
    }

    private DataTable overdue(Figures f) {
        DataTable.Builder b = new DataTable.Builder("overdue", m.overdueCaption(f.overdue()),
                List.of(m.colPost(), m.colPlatform(), m.colRisk(), m.colDue(), m.colAssignee()), -1);
        for (Figures.OverduePost p : f.overdueTop()) {
            b.row(List.of("#" + p.id(), Platform.valueOf(p.platform()).label(locale), risk(p.risk()),
                    MINUTES_UTC.format(p.dueAt()),
                    p.assigneeName() == null ? m.unassigned() : p.assigneeName()),
                    List.of(String.valueOf(p.id()), p.platform().toLowerCase(Locale.ROOT), p.risk().toLowerCase(Locale.ROOT),
                            p.dueAt().toString(), p.assigneeName() == null ? "" : p.assigneeName()));
        }
        return b.build();
    }

    private DataTable delays(Figures f) {
        DataTable.Builder b = new DataTable.Builder("delays", m.delaysCaption(),
                List.of(m.colStage(), m.colCount(), m.colMedian(), m.colP90()), -1);
        for (Delay d : f.delays()) {
            String stage = switch (d.stage()) {
                case "decision" -> m.stageDecision();
                case "approval" -> m.stageApproval();
                default -> m.stagePublication();
            };
            b.row(List.of(stage, String.valueOf(d.count()), hours(d.medianSeconds(), locale),
                    hours(d.p90Seconds(), locale)),
                    List.of(d.stage(), String.valueOf(d.count()), hours(d.medianSeconds(), Locale.ROOT),
                            hours(d.p90Seconds(), Locale.ROOT)));
        }
        return b.build();
    }

    /** Hours with one decimal; empty when there was nothing to measure. */
    static String hours(Double seconds, Locale locale) {
        return seconds == null ? "" : String.format(locale, "%.1f", seconds / 3600.0);
    }

    private String status(String code) {
        return switch (code) {
            case "NEW" -> m.statusNEW();
            case "CLAIMED" -> m.statusCLAIMED();
            case "DECIDED" -> m.statusDECIDED();
            default -> code;
        };
    }

    private String risk(String code) {
        return switch (RiskLevel.valueOf(code)) {
            case LOW -> m.riskLOW();
            case MEDIUM -> m.riskMEDIUM();
            case HIGH -> m.riskHIGH();
            case CRITICAL -> m.riskCRITICAL();
        };
    }

    private String referralResult(String code) {
        return switch (code) {
            case "PENDING" -> m.referralPENDING();
            case "CONTENT_REMOVED" -> m.referralCONTENT_REMOVED();
            case "ACCOUNT_SUSPENDED" -> m.referralACCOUNT_SUSPENDED();
            case "NO_ACTION" -> m.referralNO_ACTION();
            case "PROCEEDINGS" -> m.referralPROCEEDINGS();
            case "NONE" -> m.referralNONE();
            default -> code;
        };
    }
}
