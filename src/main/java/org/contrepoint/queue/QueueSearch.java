package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.taxonomy.Platform;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The queue's query: filters, then keyset pagination on the chosen sort (never OFFSET, never a count over the
 * table), so that page 1,000 costs what page 1 costs. Each sort and filter has its index (V4__queue.sql, and
 * for open posts on PostgreSQL V7_1__queue_indexes.sql).
 *
 * <p>One SQL statement through JDBC gives the page's rows and their narratives (the codes copied on each post's row,
 * {@link Post#narrativeCodes}): the queue is the most viewed page, and HQL's interpretation and result handling, a
 * second round trip for the narratives, then a lookup in post_narrative per row were most of its query time
 * (profiled: bench/README.md). The same SQL runs on H2 and PostgreSQL, but for one narrative on PostgreSQL: in
 * priority order, and in any order for a narrative on few posts ({@link NarrativeSizes}), read from that narrative's
 * rows in post_narrative ({@link #dbKind}).
 */
@ApplicationScoped
public class QueueSearch {

    public static final int PAGE = 50;

    // Literals, not parameters: PostgreSQL uses its partial indexes of open posts (V7_1__queue_indexes.sql) only
    // when it can match their predicate while planning, which a cached generic plan with parameters cannot. The
    // status, platform, risk level and language filtered on are literals too (enum names, and a language code
    // checked against Post.LANGUAGE_CODE): a generic plan expects an average value's count, and once traffic on
    // common values had made PostgreSQL settle on one, a value with few or no posts walked the sort's whole index
    // (3.2-4.0 s a page at a million posts for a language without posts, sorted by capture time).
    private static final String OPEN = " and p.status in ('NEW', 'CLAIMED')";

    /** One page of rows, and the cursor of the next page (null at the end). */
    public record Page(List<QueueLine> rows, String next) {
    }

    /**
     * The pool's connections straight, not through a Hibernate session: the page needs none, and opening and closing
     * one for each view of the most viewed page showed in profiles. Inside a transaction the pool hands out the
     * transaction's connection, so a caller in one sees its own writes.
     */
    @Inject
    DataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    NarrativeSizes sizes;

    @Inject
    Clock clock;

    /**
     * PostgreSQL: post_narrative carries its posts' priority and openness in two indexes
     * (V12_1__narrative_priority.sql), read for one narrative's posts in priority order. The posts of a light
     * narrative sit far down the priority order, and finding 50 of them by walking it took 200 ms at a million posts.
     */
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    public Page search(QueueFilter f) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        List<Object> params = new ArrayList<>();
        boolean openOnly = false;
        switch (f.status()) {
            case "all" -> { }
            case "open" -> {
                where.append(OPEN);
                openOnly = true;
            }
            default -> {
                PostStatus status = parse(PostStatus.class, f.status());
                if (status != null) {
                    literal(where, "p.status", status.name());
                    openOnly = status.open();
                }
            }
        }
        Platform.fromCode(f.platform()).ifPresent(p -> literal(where, "p.platform", p.name()));
        Source source = Source.of(f.sort());
        boolean postgres = "postgresql".equals(dbKind);
        if (f.narrative() != null && postgres && f.sort() == QueueFilter.Sort.PRIORITY) {
            source = Source.NARRATIVE;
            where.append(" and pn.narrative_code = ?");
            where.append(openOnly ? " and pn.open" : "");
            params.add(f.narrative());
        } else if (f.narrative() != null && postgres) {
            switch (sizes.of(f.narrative(), openOnly)) {
                case UNKNOWN -> where.append(" and 1 = 0"); // no post carries it: nothing to walk through
                case FEW -> {
                    source = source.onNarrativeRows();
                    // The code written into the SQL (a known narrative's): planned with a parameter, PostgreSQL would
                    // expect an average narrative's count and walk the sort's index.
                    literal(where, "pn.narrative_code", f.narrative());
                    where.append(openOnly ? " and pn.open" : "");
                }
                case MANY -> narrativeCodes(f.narrative(), where, params);
            }
        } else if (f.narrative() != null) {
            narrativeCodes(f.narrative(), where, params);
        }
        RiskLevel.fromCode(f.risk()).ifPresent(r -> literal(where, "p.risk", r.name()));
        if (f.language() != null) {
            language(f.language(), where);
        }
        if ("me".equals(f.assignee())) {
            where.append(" and p.assignee_id = ?");
            params.add(user.personId() == null ? -1L : user.personId()); // no person: no post is theirs
        } else if ("none".equals(f.assignee())) {
            where.append(" and p.assignee_id is null");
        } else if (f.assignee() != null && f.assignee().matches("\\d{1,18}")) {
            where.append(" and p.assignee_id = ?");
            params.add(Long.valueOf(f.assignee()));
        }
        if (f.cluster() != null) {
            where.append(" and p.cluster_id = ?");
            params.add(f.cluster());
        }
        if (f.overdue()) {
            where.append(" and p.due_at < ?").append(OPEN);
            params.add(timestamp(clock.instant()));
        }
        keyset(f, source, where, params);
        String sql = "select " + QueueLine.COLUMNS + " from " + source.from() + " " + where + " order by "
                + source.orderBy() + " limit " + (PAGE + 1);
        List<QueueLine> rows = new ArrayList<>(PAGE + 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(QueueLine.of(rs));
                }
            }
        } catch (SQLException e) {
            // Kept as the cause: an outage still reads as one (web.Databases) and gets the 503 page.
            throw new IllegalStateException("The queue's query failed", e);
        }
        boolean more = rows.size() > PAGE;
        if (more) {
            rows = rows.subList(0, PAGE);
        }
        return new Page(rows, more ? cursorOf(f.sort(), rows.get(PAGE - 1)) : null);
    }

    /**
     * On the copy of the codes on the post's row (Post#narrativeCodes), read with the row anyway, rather than an index
     * lookup in post_narrative for every post the sort order walks through. Codes hold no spaces: a value with one
     * (typed into the address) is no code and matches nothing.
     */
    private static void narrativeCodes(String code, StringBuilder where, List<Object> params) {
        where.append(" and position(? in ' ' || p.narrative_codes || ' ') > 0");
        params.add(code.contains(" ") ? "\n" : " " + code + " ");
    }

    /** Written into the SQL (see {@link #OPEN}) when it is a code intake accepts; any other value: no post has it. */
    private static void language(String code, StringBuilder where) {
        if (Post.LANGUAGE_CODE.matcher(code).matches()) {
            literal(where, "p.language", code);
        } else {
            where.append(" and 1 = 0");
        }
    }

    /** {@code column = 'value'}, for the values written into the SQL (see {@link #OPEN}); quotes doubled always. */
    private static void literal(StringBuilder where, String column, String value) {
        where.append(" and ").append(column).append(" = '").append(value.replace("'", "''")).append('\'');
    }

    static String cursorOf(QueueFilter.Sort sort, QueueLine last) {
        String value = switch (sort) {
            case PRIORITY -> String.valueOf(last.priority());
            case DUE -> last.dueAt().toString();
            case CAPTURED -> last.capturedAt().toString();
            case POSTED -> last.postedAt().toString();
        };
        return value + "_" + last.id();
    }

    /** Where the rows come from, in which order, and the columns of that order the cursor continues from. */
    private record Source(String from, String orderBy, String sortColumn, String idColumn) {

        /** One narrative's posts in priority order, from its rows in post_narrative (PostgreSQL, V12_1). */
        static final Source NARRATIVE = new Source("post_narrative pn join post p on p.id = pn.post_id",
                "pn.priority desc, pn.post_id desc", "pn.priority", "pn.post_id");

        /** This order, on the posts of one narrative's rows in post_narrative (PostgreSQL, a rare narrative). */
        Source onNarrativeRows() {
            return new Source(NARRATIVE.from(), orderBy, sortColumn, idColumn);
        }

        static Source of(QueueFilter.Sort sort) {
            String column = switch (sort) {
                case PRIORITY -> "p.priority";
                case DUE -> "p.due_at";
                case CAPTURED -> "p.captured_at";
                case POSTED -> "p.posted_at";
            };
            return new Source("post p", sort.orderBy, column, "p.id");
        }
    }

    /** Rows after the cursor; the redundant bound on the sort column lets the index range scan start there. */
    private static void keyset(QueueFilter f, Source source, StringBuilder where, List<Object> params) {
        if (f.after() == null) {
            return;
        }
        int cut = f.after().lastIndexOf('_');
        Object value;
        long id;
        try {
            id = Long.parseLong(f.after().substring(cut + 1));
            String text = f.after().substring(0, Math.max(cut, 0));
            value = f.sort() == QueueFilter.Sort.PRIORITY ? (Object) Integer.parseInt(text)
                    : timestamp(Instant.parse(text));
        } catch (RuntimeException e) {
            return; // a tampered or stale cursor shows the first page rather than an error
        }
        String after = f.sort() == QueueFilter.Sort.DUE ? ">" : "<";
        String column = source.sortColumn();
        where.append(" and ").append(column).append(after).append("= ? and (").append(column).append(after)
                .append(" ? or ").append(source.idColumn()).append(" ").append(after).append(" ?)");
        params.add(value);
        params.add(value);
        params.add(id);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
