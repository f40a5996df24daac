package org.contrepoint.audit;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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

    /** The filters as a query string, to carry them to the next page. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "actor", actor);
        append(query, "action", action);
        append(query, "objectType", objectType);
        append(query, "objectId", objectId);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
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

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
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
