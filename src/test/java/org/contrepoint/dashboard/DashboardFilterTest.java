package org.contrepoint.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.contrepoint.taxonomy.Platform;
import org.junit.jupiter.api.Test;

/** Reading the period and filters: defaults, whole UTC days, and a clear error per field for what cannot be read. */
@QuarkusTest
class DashboardFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static DashboardFilter.Parsed parse(String period, String from, String to, String narrative, String platform) {
        return DashboardFilter.parse(period, from, to, narrative, platform, TODAY, Dashboard.messages(Locale.FRENCH));
    }

    @Test
    void defaultIsTheLastThirtyDaysTodayIncluded() {
        DashboardFilter f = parse(null, null, null, null, null).filter();
        assertEquals(LocalDate.of(2026, 10, 26), f.from());
        assertEquals(TODAY, f.to());
        assertEquals(Instant.parse("2026-10-26T00:00:00Z"), f.start());
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), f.end());
        assertEquals("period=30", f.query());
    }

    @Test
    void chosenDatesAndFiltersComeBackInTheQueryString() {
        DashboardFilter.Parsed p = parse("custom", "2026-01-01", "2026-01-31", "martyrdom", "telegram");
        assertTrue(p.errors().isEmpty());
        assertEquals(Platform.TELEGRAM, p.filter().platform());
        assertEquals("period=custom&from=2026-01-01&to=2026-01-31&narrative=martyrdom&platform=telegram",
                p.filter().query());
    }

    @Test
    void eachUnreadableFieldGetsItsOwnMessageAndTheDefaultsStand() {
        DashboardFilter.Parsed p = parse("custom", "2026-02-30", "", "<script>", "myspace");
        assertEquals("Cette date n’existe pas ou n’est pas au format AAAA-MM-JJ.", p.errors().get("from"));
        assertEquals("Indiquez une date au format AAAA-MM-JJ.", p.errors().get("to"));
        assertEquals("Ce récit n’existe pas.", p.errors().get("narrative"));
        assertEquals("Cette plateforme n’existe pas.", p.errors().get("platform"));
        assertNull(p.filter().narrative());
        assertEquals(TODAY, p.filter().to());
        assertEquals("La date de fin doit suivre la date de début.",
                parse("custom", "2026-03-10", "2026-03-01", null, null).errors().get("to"));
        assertEquals("La période ne peut pas dépasser 366 jours.",
                parse("custom", "2024-01-01", "2026-01-01", null, null).errors().get("to"));
        assertEquals("Choisissez une des périodes proposées.", parse("365", null, null, null, null).errors().get("period"));
    }
}
