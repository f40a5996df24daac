package org.contrepoint.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.taxonomy.Platform;
import org.hibernate.Session;

/**
 * The queue's query: filters, then keyset pagination on the chosen sort (never OFFSET, never a count over the
 * table), so that page 1,000 costs what page 1 costs. Each sort and filter has its index (V4__queue.sql, and
 * for open posts on PostgreSQL V7_1__queue_indexes.sql).
 */
@ApplicationScoped
public class QueueSearch {

    public static final int PAGE = 50;

    // Literals, not parameters: PostgreSQL uses its partial indexes of open posts (V7_1__queue_indexes.sql) only
    // when it can match their predicate while planning, which a cached generic plan with parameters cannot.
    private static final String OPEN = " and p.status in (org.contrepoint.queue.PostStatus.NEW, "
            + "org.contrepoint.queue.PostStatus.CLAIMED)";

    private static final String NARRATIVES = "select post_id, narrative_code from post_narrative "
            + "where post_id = any(?) order by post_id, narrative_code";

    /** One page of rows, and the cursor of the next page (null at the end). */
    public record Page(List<QueueLine> rows, String next) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Page search(QueueFilter f) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        switch (f.status()) {
            case "all" -> { }
            case "open" -> where.append(OPEN);
            default -> {
                PostStatus status = parse(PostStatus.class, f.status());
                if (status != null) {
                    where.append(" and p.status = :status");
                    params.put("status", status);
                }
            }
        }
        Platform.fromCode(f.platform()).ifPresent(p -> {
            where.append(" and p.platform = :platform");
            params.put("platform", p);
        });
        if (f.narrative() != null) {
            where.append(" and :narrative member of p.narratives");
            params.put("narrative", f.narrative());
        }
        RiskLevel.fromCode(f.risk()).ifPresent(r -> {
            where.append(" and p.risk = :risk");
            params.put("risk", r);
        });
        if (f.language() != null) {
            where.append(" and p.language = :language");
            params.put("language", f.language());
        }
        if ("me".equals(f.assignee())) {
            where.append(" and p.assigneeId = :assignee");
            params.put("assignee", user.personId());
        } else if ("none".equals(f.assignee())) {
            where.append(" and p.assigneeId is null");
        } else if (f.assignee() != null && f.assignee().matches("\\d{1,18}")) {
            where.append(" and p.assigneeId = :assignee");
            params.put("assignee", Long.valueOf(f.assignee()));
        }
        if (f.cluster() != null) {
            where.append(" and p.clusterId = :cluster");
            params.put("cluster", f.cluster());
        }
        if (f.overdue()) {
            where.append(" and p.dueAt < :now").append(OPEN);
            params.put("now", clock.instant());
        }
        keyset(f, where, params);
        TypedQuery<Object[]> query = em.createQuery("select " + QueueLine.COLUMNS + " from Post p " + where
                + " order by " + f.sort().orderBy, Object[].class).setMaxResults(PAGE + 1);
        params.forEach(query::setParameter);
        List<Object[]> columns = query.getResultList();
        boolean more = columns.size() > PAGE;
        if (more) {
            columns = columns.subList(0, PAGE);
        }
        Map<Long, List<String>> narratives = narrativesOf(columns.stream().map(c -> (Long) c[0]).toList());
        List<QueueLine> rows = columns.stream()
                .map(c -> QueueLine.of(c, narratives.getOrDefault((Long) c[0], List.of()))).toList();
        return new Page(rows, more ? cursorOf(f.sort(), rows.get(PAGE - 1)) : null);
    }

    /**
     * Each post's narrative codes, in code order (as the entity's sorted set gives them). Plain JDBC with one array
     * parameter: the same statement text for any page, prepared once by the server and planned without a join,
     * where a JPQL {@code in} list of fifty ids cost more than the page's main query. Outside a transaction Hibernate
     * keeps the connection a {@code Work} used until the page's persistence context closes: whatever the page reads
     * afterwards must read in that context too, not in a transaction of its own (a second pooled connection per page).
     */
    private Map<Long, List<String>> narrativesOf(List<Long> ids) {
        Map<Long, List<String>> byPost = new HashMap<>();
        if (ids.isEmpty()) {
            return byPost;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(NARRATIVES)) {
                Array array = connection.createArrayOf("bigint", ids.toArray(Long[]::new));
                select.setArray(1, array);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        byPost.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
                array.free();
            }
        });
        return byPost;
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

    /** Rows after the cursor; the redundant bound on the sort column lets the index range scan start there. */
    private static void keyset(QueueFilter f, StringBuilder where, Map<String, Object> params) {
        if (f.after() == null) {
            return;
        }
        int cut = f.after().lastIndexOf('_');
        try {
            long id = Long.parseLong(f.after().substring(cut + 1));
            String value = f.after().substring(0, Math.max(cut, 0));
            params.put("kid", id);
            switch (f.sort()) {
                case PRIORITY -> {
                    params.put("kv", Integer.parseInt(value));
                    where.append(" and p.priority <= :kv and (p.priority < :kv or p.id < :kid)");
                }
                case DUE -> {
                    params.put("kv", Instant.parse(value));
                    where.append(" and p.dueAt >= :kv and (p.dueAt > :kv or p.id > :kid)");
                }
                case CAPTURED -> {
                    params.put("kv", Instant.parse(value));
                    where.append(" and p.capturedAt <= :kv and (p.capturedAt < :kv or p.id < :kid)");
                }
                case POSTED -> {
                    params.put("kv", Instant.parse(value));
                    where.append(" and p.postedAt <= :kv and (p.postedAt < :kv or p.id < :kid)");
                }
            }
        } catch (RuntimeException e) {
            // A tampered or stale cursor shows the first page rather than an error.
            params.remove("kid");
            params.remove("kv");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
