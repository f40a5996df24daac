package org.contrepoint.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept row HTML is only ever served for a row equal in every shown value, and stays escaped. */
@QuarkusTest
class QueueRowHtmlTest {

    private static final QueueRow.Labels LABELS = new QueueRow.Labels("Campagne", "Faible audience", "En retard",
            "Prendre");

    private static QueueRow row(long id, String text, String holder, boolean claimable) {
        return new QueueRow(id, 40, "audience 10, risque 20, fraîcheur 5, récit 5", "X", "fr", "@compte_fictif",
                text, List.of("Victimisation et persécution"), 7L, "fr-badge--warning", "Élevé",
                "24/11/2026 10:00:00", false, false, true, claimable, "Sélectionner la publication " + id,
                "Prendre la publication " + id, holder, LABELS);
    }

    private static QueueRowHtml keeping(int capacity) {
        QueueRowHtml html = new QueueRowHtml();
        html.capacity = capacity;
        return html;
    }

    @Test
    void anEqualRowIsServedFromWhatWasRenderedAndAChangedOneIsRenderedAgain() {
        QueueRowHtml html = keeping(10);
        String first = html.html(row(1, "Texte fictif", "Libre", true));
        assertSame(first, html.html(row(1, "Texte fictif", "Libre", true)));
        assertEquals(1, html.size());

        String claimed = html.html(row(1, "Texte fictif", "Prise par Camille Fictive", false));
        assertNotEquals(first, claimed);
        assertTrue(claimed.contains("Prise par Camille Fictive"), claimed);
        assertFalse(claimed.contains("queue-claim"), claimed);
        assertTrue(first.contains("formaction=\"/queue/posts/1/claim\""), first);
    }

    @Test
    void hostileTextIsEscapedInTheKeptHtml() {
        QueueRowHtml html = keeping(10);
        String once = html.html(row(2, "<script>alert('x')</script> \"citation\"", "<b>Libre</b>", true));
        String again = html.html(row(2, "<script>alert('x')</script> \"citation\"", "<b>Libre</b>", true));
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
            bounded.html(row(id, "Texte fictif " + id, "Libre", true));
            assertTrue(bounded.size() <= 3, "kept " + bounded.size());
        }
        QueueRowHtml off = keeping(0);
        String a = off.html(row(1, "Texte fictif", "Libre", true));
        assertEquals(a, off.html(row(1, "Texte fictif", "Libre", true)));
        assertEquals(0, off.size());
    }
}
