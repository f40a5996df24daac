package org.contrepoint.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show instants: day first, to the second, in UTC (the audit log's reference time). */
@TemplateExtension
public class TimeFormats {

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withZone(ZoneOffset.UTC);

    private TimeFormats() {
    }

    /** {@code {instant.machine}}: for {@code datetime} attributes, which accept at most milliseconds. */
    static String machine(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    /** {@code {instant.utc}} in a template. */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }
}
