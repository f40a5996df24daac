package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept row HTML is only ever served for a row equal in every value it shows, and stays escaped. */
@QuarkusTest
class QueueRowHtmlTest {

    private static final QueueMessages FRENCH = QueueResource.messagesFor("fr");
    private static final QueueMessages ENGLISH = QueueResource.messagesFor("en");

    private static QueueRow row(long id, String text, String holder, String lang) {
        return new QueueRow(id, 40, 10, 20, 5, 5, "X", "fr", "@compte_fictif", text,
                List.of("Victimisation et persécution"), 7L, RiskLevel.HIGH, Instant.parse("2026-11-24T10:00:00Z"),
                false, false, true, holder == null, holder, lang);
    }

    private static QueueRowHtml keeping(int capacity) {
        return new QueueRowHtml(capacity);
    }

    @Test
    void anEqualRowIsServedFromWhatWasRenderedAndAChangedOneIsRenderedAgain() {
        QueueRowHtml html = keeping(10);
        String first = html.html(row(1, "Texte fictif", null, "fr"), FRENCH);
        assertSame(first, html.html(row(1, "Texte fictif", null, "fr"), FRENCH));
        assertEquals(1, html.size());
        assertTrue(first.contains("formaction=\"/queue/posts/1/claim\"") && first.contains(">Libre<"), first);
        assertTrue(first.contains("audience 10, risque 20, fraîcheur 5, récit 5"), first);
        assertTrue(first.contains("24/11/2026 10:00:00"), first);

        String claimed = html.html(row(1, "Texte fictif", "Camille Fictive", "fr"), FRENCH);
        assertTrue(claimed.contains("Prise par Camille Fictive"), claimed);
        assertFalse(claimed.contains("queue-claim"), claimed);

        String english = html.html(row(1, "Texte fictif", null, "en"), ENGLISH);
        assertNotEquals(first, english);
        assertTrue(english.contains(">Free<"), english);
        assertEquals(3, html.size());
    }

    @Test
    void aRowChangedOnlyInValuesItsHashLeavesOutIsRenderedAgain() {
        QueueRow before = row(3, "Texte fictif", null, "fr");
        QueueRow pseudonymised = row(3, "[texte retiré]", null, "fr");
        QueueRow retagged = new QueueRow(3, 40, 10, 20, 5, 5, "X", "fr", "@compte_fictif", "Texte fictif",
                List.of("Appartenance"), 7L, RiskLevel.HIGH, Instant.parse("2026-11-24T10:00:00Z"), false, false,
                true, true, null, "fr");
        assertEquals(before.hashCode(), pseudonymised.hashCode());
        assertEquals(before.hashCode(), retagged.hashCode());
        assertNotEquals(before, pseudonymised);
        assertNotEquals(before, retagged);

        QueueRowHtml html = keeping(10);
        html.html(before, FRENCH);
        assertTrue(html.html(pseudonymised, FRENCH).contains("[texte retiré]"));
        assertTrue(html.html(retagged, FRENCH).contains(">Appartenance<"));
        assertFalse(html.html(before, FRENCH).contains("Appartenance"));
        assertEquals(3, html.size());
    }

    @Test
    void hostileTextIsEscapedInTheKeptHtml() {
        QueueRowHtml html = keeping(10);
        String hostile = "<script>alert('x')</script> \"citation\"";
        String once = html.html(row(2, hostile, "<b>Nom</b>", "fr"), FRENCH);
        String again = html.html(row(2, hostile, "<b>Nom</b>", "fr"), FRENCH);
        for (String rendered : List.of(once, again)) {
            assertFalse(rendered.contains("<script>"), rendered);
            assertFalse(rendered.contains("<b>"), rendered);
            assertTrue(rendered.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), rendered);
        }
    }

    @Test
    void aFullStoreStartsAfreshAndZeroKeepsNothing() {
        QueueRowHtml bounded = keeping(3);
        for (long id = 1; id <= 7; id++) {
            bounded.html(row(id, "Texte fictif " + id, null, "fr"), FRENCH);
            assertTrue(bounded.size() <= 3, "kept " + bounded.size());
        }
        QueueRowHtml off = keeping(0);
        String a = off.html(row(1, "Texte fictif", null, "fr"), FRENCH);
        assertEquals(a, off.html(row(1, "Texte fictif", null, "fr"), FRENCH));
        assertEquals(0, off.size());
    }
}
