package org.contrepoint.queue;

import org.contrepoint.web.QueryString;

/**
 * The queue's filters and sort, as read from the query string (unknown values are ignored, never an error), and
 * the keyset cursor of the page: the sort value and id of the last row shown.
 */
public record QueueFilter(String status, String platform, String narrative, String risk, String language,
        String assignee, Long cluster, boolean overdue, Sort sort, String after) {

    public enum Sort {
        PRIORITY("priority desc, id desc"), DUE("due_at asc, id asc"),
        CAPTURED("captured_at desc, id desc"), POSTED("posted_at desc, id desc");

        /** SQL, on the post table's columns (QueueSearch). */
        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        public String code() {
            return name().toLowerCase();
        }

        static Sort of(String code) {
            for (Sort s : values()) {
                if (s.code().equals(code)) {
                    return s;
                }
            }
            return PRIORITY;
        }
    }

    public static QueueFilter of(String status, String platform, String narrative, String risk, String language,
            String assignee, String cluster, String overdue, String sort, String after) {
        Long clusterId = null;
        try {
            clusterId = cluster == null || cluster.isBlank() ? null : Long.valueOf(cluster.strip());
        } catch (NumberFormatException e) {
            clusterId = null;
        }
        return new QueueFilter(blank(status) ? "open" : status, blank(platform) ? null : platform,
                blank(narrative) ? null : narrative, blank(risk) ? null : risk, blank(language) ? null : language,
                blank(assignee) ? null : assignee, clusterId, "1".equals(overdue) || "on".equals(overdue),
                Sort.of(sort), blank(after) ? null : after);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** These filters on their first page (without the cursor). */
    public QueueFilter firstPage() {
        return new QueueFilter(status, platform, narrative, risk, language, assignee, cluster, overdue, sort, null);
    }

    /** Query string of these filters, with another cursor (null: first page). */
    public String query(String cursor) {
        return new QueryString().add("status", status).add("platform", platform).add("narrative", narrative)
                .add("risk", risk).add("language", language).add("assignee", assignee)
                .add("cluster", cluster == null ? null : cluster.toString()).add("overdue", overdue ? "1" : null)
                .add("sort", sort.code()).add("after", cursor).toString();
    }

    public boolean sortIs(String code) {
        return sort.code().equals(code);
    }
}
