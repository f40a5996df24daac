package org.contrepoint.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.contrepoint.dashboard.Figures.ClusterRow;
import org.contrepoint.dashboard.Figures.Count;
import org.contrepoint.dashboard.Figures.Delay;
import org.contrepoint.dashboard.Figures.OverduePost;
import org.contrepoint.dashboard.Figures.TemplateRow;
import org.contrepoint.dashboard.Figures.Week;
import org.contrepoint.reply.TemplateUsage;

/**
 * The dashboard's aggregate queries. Everything is counted and ranked in the database (percentiles with
 * {@code percentile_cont ... within group}, which H2 and PostgreSQL both know), and every query is bounded by an
 * index (V9): the open backlog by status, the period by decided_at, approved_at, published_at or created_at. No
 * query loads posts into memory, so the page costs the same with a thousand posts or a million.
 */
@ApplicationScoped
public class DashboardQueries {

    static final String OPEN = "p.status in ('NEW', 'CLAIMED', 'DECIDED')";
    static final String REFERRED = "p.decision in ('REFER', 'BOTH')";
    static final int TOP = 5;

    @Inject
    EntityManager em;

    public Figures compute(DashboardFilter f, Instant now) {
        return new Figures(now,
                counts("select p.status, count(*) from post p where " + OPEN + filters(f) + " group by p.status", f),
                counts("select pn.narrative_code, count(*) from post_narrative pn join post p on p.id = pn.post_id"
                        + " where " + OPEN + filters(f) + " group by pn.narrative_code", f),
                counts("select p.platform, count(*) from post p where " + OPEN + filters(f) + " group by p.platform", f),
                counts("select p.risk, count(*) from post p where " + OPEN + filters(f) + " group by p.risk", f),
                overdueCount(f, now), overdueTop(f, now), delays(f), weeks(f), referralResults(f), templates(f),
                clusters(f));
    }

    /** The narrative and platform filters, applied to the post {@code p} of every query. */
    static String filters(DashboardFilter f) {
        String sql = "";
        if (f.platform() != null) {
            sql += " and p.platform = :platform";
        }
        if (f.narrative() != null) {
            sql += " and exists (select 1 from post_narrative fn where fn.post_id = p.id and fn.narrative_code = :narrative)";
        }
        return sql;
    }

    private Query query(String sql, DashboardFilter f) {
        Query q = em.createNativeQuery(sql);
        if (f.platform() != null) {
            q.setParameter("platform", f.platform().name());
        }
        if (f.narrative() != null) {
            q.setParameter("narrative", f.narrative());
        }
        if (sql.contains(":start")) {
            q.setParameter("start", f.start());
            q.setParameter("end", f.end());
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, DashboardFilter f) {
        return query(sql, f).getResultList();
    }

    private List<Count> counts(String sql, DashboardFilter f) {
        List<Count> counts = new ArrayList<>();
        for (Object[] row : rows(sql, f)) {
            counts.add(new Count(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        }
        counts.sort((a, b) -> Long.compare(b.value(), a.value()));
        return counts;
    }

    private long overdueCount(DashboardFilter f, Instant now) {
        return ((Number) query("select count(*) from post p where p.status in ('NEW', 'CLAIMED') and p.due_at < :now"
                + filters(f), f).setParameter("now", now).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<OverduePost> overdueTop(DashboardFilter f, Instant now) {
        List<Object[]> rows = query("select p.id, p.platform, p.risk, p.due_at, p.assignee_name from post p"
                + " where p.status in ('NEW', 'CLAIMED') and p.due_at < :now" + filters(f)
                + " order by p.due_at, p.id fetch first " + TOP + " rows only", f).setParameter("now", now)
                .getResultList();
        List<OverduePost> posts = new ArrayList<>();
        for (Object[] r : rows) {
            posts.add(new OverduePost(((Number) r[0]).longValue(), (String) r[1], (String) r[2], instant(r[3]),
                    (String) r[4]));
        }
        return posts;
    }

    /** Seconds between two timestamps, the same on both databases whether the columns carry a time zone or not. */
    static String seconds(String later, String earlier) {
        return "cast(extract(epoch from cast(" + later + " as timestamp with time zone)) - extract(epoch from cast("
                + earlier + " as timestamp with time zone)) as double precision)";
    }

    private List<Delay> delays(DashboardFilter f) {
        List<Delay> delays = new ArrayList<>();
        delays.add(delay("decision", seconds("p.decided_at", "p.created_at"),
                "from post p where p.decided_at >= :start and p.decided_at < :end", f));
        delays.add(delay("approval", seconds("r.approved_at", "p.decided_at"),
                "from reply r join post p on p.id = r.post_id where r.approved_at >= :start and r.approved_at < :end"
                        + " and p.decided_at is not null", f));
        delays.add(delay("publication", seconds("r.published_at", "r.approved_at"),
                "from reply r join post p on p.id = r.post_id where r.published_at >= :start and r.published_at < :end"
                        + " and r.approved_at is not null", f));
        return delays;
    }

    private Delay delay(String stage, String seconds, String from, DashboardFilter f) {
        Object[] row = (Object[]) query("select count(*), percentile_cont(0.5) within group (order by " + seconds
                + "), percentile_cont(0.9) within group (order by " + seconds + ") " + from + filters(f), f)
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        return new Delay(stage, count, count == 0 ? null : ((Number) row[1]).doubleValue(),
                count == 0 ? null : ((Number) row[2]).doubleValue());
    }

    /** Counted per day in the database (portable), folded into ISO weeks here: at most 366 rows come back. */
    private List<Week> weeks(DashboardFilter f) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate d = monday(f.from()); !d.isAfter(f.to()); d = d.plusWeeks(1)) {
            weeks.put(d, new long[2]);
        }
        for (Object[] row : rows("select cast(r.published_at as date), count(*) from reply r join post p"
                + " on p.id = r.post_id where r.published_at >= :start and r.published_at < :end" + filters(f)
                + " group by cast(r.published_at as date)", f)) {
            weeks.computeIfAbsent(monday(date(row[0])), k -> new long[2])[0] += ((Number) row[1]).longValue();
        }
        for (Object[] row : rows("select cast(p.decided_at as date), count(*) from post p where " + REFERRED
                + " and p.decided_at >= :start and p.decided_at < :end" + filters(f)
                + " group by cast(p.decided_at as date)", f)) {
            weeks.computeIfAbsent(monday(date(row[0])), k -> new long[2])[1] += ((Number) row[1]).longValue();
        }
        List<Week> list = new ArrayList<>();
        weeks.forEach((monday, n) -> list.add(new Week(monday, n[0], n[1])));
        return list;
    }

    /**
     * Per post referred in the period, the latest referral result recorded on an outcome of one of its replies; a
     * referral whose result nobody recorded counts as NONE (a post referred without any reply has nowhere to record
     * one yet: outcomes hang on replies).
     */
    private List<Count> referralResults(DashboardFilter f) {
        return counts("select coalesce(x.result, 'NONE'), count(*) from (select (select o.referral_result"
                + " from reply_outcome o join reply r on r.id = o.reply_id where r.post_id = p.id"
                + " and o.referral_result is not null order by o.recorded_at desc, o.id desc fetch first 1 rows only)"
                + " as result from post p where " + REFERRED + " and p.decided_at >= :start and p.decided_at < :end"
                + filters(f) + ") x group by coalesce(x.result, 'NONE')", f);
    }

    /**
     * Templates by use: the maintained counters (all time, reply.TemplateUsage) beside the replies published from each
     * template in the period (which the filters apply to).
     */
    private List<TemplateRow> templates(DashboardFilter f) {
        Map<String, Long> inPeriod = new HashMap<>();
        for (Object[] row : rows("select r.template_id, count(*) from reply r join post p on p.id = r.post_id"
                + " where r.template_id is not null and r.published_at >= :start and r.published_at < :end"
                + filters(f) + " group by r.template_id", f)) {
            inPeriod.put((String) row[0], ((Number) row[1]).longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.template_id, v.title, u.uses, u.assessed, u.positive,"
                + " u.negative from template_usage u join library_template t on t.id = u.template_id"
                + " left join library_version v on v.id = t.current_version_id"
                + " order by u.uses desc, u.template_id fetch first 20 rows only").getResultList();
        List<TemplateRow> templates = new ArrayList<>();
        for (Object[] r : rows) {
            TemplateUsage usage = new TemplateUsage();
            usage.uses = ((Number) r[2]).intValue();
            usage.assessed = ((Number) r[3]).intValue();
            usage.positive = ((Number) r[4]).intValue();
            usage.negative = ((Number) r[5]).intValue();
            String id = (String) r[0];
            templates.add(new TemplateRow(id, r[1] == null ? id : (String) r[1], inPeriod.getOrDefault(id, 0L),
                    usage.uses, usage.assessed, usage.positive, usage.negative, usage.effectiveness()));
        }
        return templates;
    }

    /** The largest clusters among the posts taken in during the period. */
    private List<ClusterRow> clusters(DashboardFilter f) {
        List<ClusterRow> clusters = new ArrayList<>();
        // Counted per cluster over the period's posts first (the created_at index), then the ten largest named:
        // joining first lets the planner walk every clustered post of all time instead.
        for (Object[] r : rows("select c.id, c.excerpt, x.n from (select p.cluster_id, count(*) as n from post p"
                + " where p.created_at >= :start and p.created_at < :end and p.cluster_id is not null" + filters(f)
                + " group by p.cluster_id order by count(*) desc, p.cluster_id fetch first 10 rows only) x"
                + " join post_cluster c on c.id = x.cluster_id order by x.n desc, c.id", f)) {
            clusters.add(new ClusterRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
        }
        return clusters;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
