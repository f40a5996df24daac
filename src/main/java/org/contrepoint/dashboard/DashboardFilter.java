package org.contrepoint.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contrepoint.taxonomy.Platform;
import org.contrepoint.web.QueryString;

/**
 * The dashboard's period and filters, read from the query string. Days are whole UTC days, {@code to} included, so
 * that a figure does not change with the reader's clock; the period is capped at a year to keep queries bounded.
 */
public record DashboardFilter(String period, LocalDate from, LocalDate to, String narrative, Platform platform) {

    static final Set<String> PERIODS = Set.of("7", "30", "90", "custom");
    static final int MAX_DAYS = 366;

    /** The parsed filter and the errors, per field, of what could not be read (the defaults stand in for them). */
    public record Parsed(DashboardFilter filter, Map<String, String> errors) {
    }

    public static Parsed parse(String period, String from, String to, String narrative, String platform,
            LocalDate today, DashboardMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        String p = period == null || period.isBlank() ? "30" : period.trim();
        if (!PERIODS.contains(p)) {
            errors.put("period", m.errorPeriod());
            p = "30";
        }
        LocalDate end = today;
        LocalDate start = today.minusDays(Long.parseLong("custom".equals(p) ? "30" : p) - 1);
        if ("custom".equals(p)) {
            LocalDate f = date(from, "from", m, errors);
            LocalDate t = date(to, "to", m, errors);
            if (f != null && t != null) {
                if (t.isBefore(f)) {
                    errors.put("to", m.errorOrder());
                } else if (ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
                    errors.put("to", m.errorTooLong(MAX_DAYS));
                } else {
                    start = f;
                    end = t;
                }
            }
        }
        String n = narrative == null || narrative.isBlank() ? null : narrative.trim();
        if (n != null && !n.matches("[a-z0-9-]{1,60}")) {
            errors.put("narrative", m.errorNarrative());
            n = null;
        }
        Platform pl = null;
        if (platform != null && !platform.isBlank()) {
            Optional<Platform> found = Platform.fromCode(platform);
            if (found.isEmpty()) {
                errors.put("platform", m.errorPlatform());
            } else {
                pl = found.get();
            }
        }
        return new Parsed(new DashboardFilter(p, start, end, n, pl), errors);
    }

    private static LocalDate date(String value, String field, DashboardMessages m, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, m.errorDateMissing());
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, m.errorDate());
            return null;
        }
    }

    /** First instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** First instant after the period ({@code to} is included). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean custom() {
        return "custom".equals(period);
    }

    /** The same filter as a query string, for the CSV links. */
    public String query() {
        QueryString query = new QueryString().add("period", period);
        if (custom()) {
            query.add("from", from.toString()).add("to", to.toString());
        }
        return query.add("narrative", narrative).add("platform", platform == null ? null : platform.code())
                .toString();
    }

    public String platformCode() {
        return platform == null ? "" : platform.code();
    }
}
