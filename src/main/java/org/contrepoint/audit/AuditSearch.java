package org.contrepoint.audit;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters over the audit log, newest first, one page at a time. Paging is by sequence number (keyset), so
 * that the hundredth page costs what the first does.
 */
public record AuditSearch(String actor, String action, String objectType, String objectId, LocalDate from,
        LocalDate to, Long before) {

    public static final int PAGE_SIZE = 50;

    /** The next page for the audit page: newest first, one more than a page to tell whether more follow. */
    public List<AuditEntry> page() {
        return query(before == null ? null : "seq < :cursor", before, "desc", PAGE_SIZE + 1);
    }

    /** Entries after {@code afterSeq} in chain order, for exports that walk the whole selection. */
    public List<AuditEntry> chunkAfter(long afterSeq, int size) {
        return query("seq > :cursor", afterSeq, "asc", size);
    }

    private List<AuditEntry> query(String cursorCondition, Long cursor, String direction, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (notBlank(actor)) {
            where.add("actorName = :actor");
            params.and("actor", actor.trim());
        }
        if (notBlank(action)) {
            where.add("action = :action");
            params.and("action", action.trim());
        }
        if (notBlank(objectType)) {
            where.add("objectType = :objectType");
            params.and("objectType", objectType.trim());
        }
        if (notBlank(objectId)) {
            where.add("objectId = :objectId");
            params.and("objectId", objectId.trim());
        }
        if (from != null) {
            where.add("occurredAt >= :from");
            params.and("from", from.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (to != null) {
            where.add("occurredAt < :to");
            params.and("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (cursorCondition != null) {
            where.add(cursorCondition);
            params.and("cursor", cursor);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by seq " + direction;
        return AuditEntry.<AuditEntry>find(query, params).page(0, size).list();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
