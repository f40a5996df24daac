package org.contrepoint.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void xCountsEveryLinkAsTwentyThreeCharacters() {
        String text = "Aide : https://www.cipdr.gouv.fr/outils/numero-vert-et-formulaire-de-signalement et 0 800 005 696";
        assertEquals("Aide : ".length() + 23 + " et 0 800 005 696".length(), Platform.X.length(text));
        assertEquals(text.length(), Platform.TELEGRAM.length(text));
    }

    @Test
    void shortLinksStillCountTwentyThreeOnX() {
        assertEquals(23, Platform.X.length("http://a.fr"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertEquals(3, Platform.TIKTOK.length("a😀b"));
        assertEquals(5, Platform.INSTAGRAM.length("مرحبا"));
    }

    @Test
    void fitAndRemainingFollowEachPlatformsLimit() {
        String text = "x".repeat(151);
        assertFalse(Platform.TIKTOK.fits(text));
        assertEquals(-1, Platform.TIKTOK.remaining(text));
        assertTrue(Platform.X.fits(text));
        assertTrue(Platform.X.fits("x".repeat(280)));
        assertFalse(Platform.X.fits("x".repeat(281)));
    }

    @Test
    void codesAreReadCaseInsensitively() {
        assertEquals(Platform.TIKTOK, Platform.fromCode(" TikTok ").orElseThrow());
        assertTrue(Platform.fromCode("myspace").isEmpty());
    }
}
