package org.contrepoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private static final String ORIGINAL = "Ils vous disent que vous êtes seuls et que personne ne vous comprend ici. "
            + "Rejoignez ceux qui vous attendent, une vraie famille vous accueillera là-bas.";

    private static double similarity(String a, String b) {
        return TextSimilarity.similarity(TextSimilarity.signature(a), TextSimilarity.signature(b));
    }

    @Test
    void aReshareWithOtherLinksHandlesCaseAndAccentsIsIdentical() {
        String reshared = "@compte_fictif_7 ILS VOUS DISENT QUE VOUS ETES SEULS et que personne ne vous comprend ici !!! "
                + "Rejoignez ceux qui vous attendent,   une vraie famille vous accueillera la-bas https://exemple.invalid/x";
        assertEquals(1.0, similarity(ORIGINAL, reshared));
    }

    @Test
    void aLightParaphraseStaysAboveTheThreshold() {
        String paraphrase = "Ils vous disent que vous êtes seuls, que personne ne vous comprend ici. "
                + "Venez rejoindre ceux qui vous attendent : une vraie famille vous accueillera là-bas.";
        assertTrue(similarity(ORIGINAL, paraphrase) >= TextSimilarity.THRESHOLD, "paraphrase");
    }

    @Test
    void anUnrelatedTextIsFarBelow() {
        String other = "Le match de samedi a été reporté à cause de la pluie ; les billets restent valables.";
        assertTrue(similarity(ORIGINAL, other) < 0.2);
    }
}
