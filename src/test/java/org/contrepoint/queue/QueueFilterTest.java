package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The query string the page puts in its links (next page, first page) and in the bulk form's way back. */
class QueueFilterTest {

    @Test
    void noFilterKeepsTheDefaultStatusAndSortOnly() {
        QueueFilter filter = QueueFilter.of(null, "", " ", null, null, null, null, null, null, null);
        assertEquals("status=open&sort=priority", filter.query(null));
    }

    @Test
    void everyFilterInItsOrderThenTheCursor() {
        QueueFilter filter = QueueFilter.of("all", "telegram", "belonging", "high", "fr", "none", " 52 ", "1", "due",
                "2026-12-06T10:00:00Z_41");
        assertEquals("status=all&platform=telegram&narrative=belonging&risk=high&language=fr&assignee=none"
                + "&cluster=52&overdue=1&sort=due&after=2026-12-07T00%3A00%3A00Z_7",
                filter.query("2026-12-07T00:00:00Z_7"));
        assertEquals("status=all&platform=telegram&narrative=belonging&risk=high&language=fr&assignee=none"
                + "&cluster=52&overdue=1&sort=due", filter.query(null));
    }

    @Test
    void valuesAreEncodedSoThatNoneAddsAParameter() {
        QueueFilter filter = QueueFilter.of("open", null, "a&sort=due b", null, "é", null, "not-a-number", "no",
                "unknown", null);
        assertEquals("status=open&narrative=a%26sort%3Ddue+b&language=%C3%A9&sort=priority", filter.query(null));
    }
}
