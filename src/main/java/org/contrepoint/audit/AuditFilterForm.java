package org.contrepoint.audit;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.contrepoint.web.QueryString;

/** The audit page's filter form as submitted; malformed dates or cursors are ignored rather than failing. */
public class AuditFilterForm {

    @QueryParam("actor")
    public String actor;

    @QueryParam("action")
    public String action;

    @QueryParam("objectType")
    public String objectType;

    @QueryParam("objectId")
    public String objectId;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("before")
    public String before;

    AuditSearch toSearch() {
        return new AuditSearch(actor, action, objectType, objectId, date(from), date(to), number(before));
    }

    /** The filters as a query string, for the verification and export links. */
    public String query() {
        return withFilters(new QueryString()).toString();
    }

    /** The next page's query string: entries before {@code seq}, with the same filters. */
    public String queryBefore(long seq) {
        return withFilters(new QueryString().add("before", Long.toString(seq))).toString();
    }

    /** {@code start}, followed by the filters. */
    QueryString withFilters(QueryString start) {
        return start.add("actor", actor).add("action", action).add("objectType", objectType)
                .add("objectId", objectId).add("from", from).add("to", to);
    }

    public String value(String field) {
        String value = switch (field) {
            case "actor" -> actor;
            case "action" -> action;
            case "objectType" -> objectType;
            case "objectId" -> objectId;
            case "from" -> from;
            case "to" -> to;
            default -> null;
        };
        return value == null ? "" : value;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
