package org.contrepoint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.contrepoint.taxonomy.Platform;
import org.junit.jupiter.api.Test;

class VariablesAndFitTest {

    @Test
    void unknownOrMisspelledVariablesAreReported() {
        assertEquals(List.of(), Variables.unknown("Bonjour {{auteur}}, voir {{lien_ressource}} sur {{plateforme}}"));
        assertEquals(List.of("{{ auteur }}", "{{lien}}", "{auteur}"),
                Variables.unknown("{{ auteur }} {{lien}} {auteur}"));
    }

    @Test
    void previewSubstitutesTextOnlyAndNeverEvaluatesQute() {
        String preview = Variables.preview("{{auteur}} {inject:page.csrfToken} {#for x in y}{/for}");
        assertEquals("@compte_exemple {inject:page.csrfToken} {#for x in y}{/for}", preview);
    }

    @Test
    void xCountsLinksAndBareDomainsAs23AndWideCharactersTwice() {
        assertEquals(23, PlatformFit.length(Platform.X, "https://www.example.org/a/very/long/path/indeed"));
        assertEquals(23, PlatformFit.length(Platform.X, "internet-signalements.gouv.fr"));
        assertEquals(3 + 23 + 1, PlatformFit.length(Platform.X, "Va internet-signalements.gouv.fr."));
        assertEquals(2, PlatformFit.length(Platform.X, "…"));
        assertTrue(PlatformFit.fits(Platform.TIKTOK, "a".repeat(150)));
        assertEquals(false, PlatformFit.fits(Platform.TIKTOK, "a".repeat(151)));
    }

    @Test
    void diffMarksInsertedAndDeletedWords() {
        var segments = VersionDiff.words("le califat promis", "le califat réel promis");
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        segments.forEach(s -> {
            if (!s.ins()) {
                before.append(s.text());
            }
            if (!s.del()) {
                after.append(s.text());
            }
        });
        assertEquals("le califat promis", before.toString());
        assertEquals("le califat réel promis", after.toString());
        assertTrue(segments.stream().anyMatch(s -> s.ins() && s.text().contains("réel")));
        assertTrue(segments.stream().noneMatch(VersionDiff.Segment::del));
    }
}
