package org.contrepoint.reply.suggestion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates of equal score are ranked by their uses, most first, then by template id. */
class TieRankTest {

    private static Catalog.Analysed analysed(String id) {
        return Catalog.Analysed.of(new Catalog.Source(id, id.hashCode(), "Titre", "Texte de " + id, "fr", null, null,
                List.of(), Map.of(), null));
    }

    @Test
    void moreUsesFirstThenTemplateIdOrder() {
        Catalog catalog = Catalog.of(1, List.of(analysed("c"), analysed("a"), analysed("d"), analysed("b")), Map.of());
        int[] uses = new int[catalog.size()];
        uses[catalog.position("d")] = 5;
        uses[catalog.position("b")] = 2;
        int[] rank = SuggestionIndex.tieRanks(catalog, uses);
        int[] expected = new int[catalog.size()];
        expected[catalog.position("d")] = 0;
        expected[catalog.position("b")] = 1;
        expected[catalog.position("a")] = 2;
        expected[catalog.position("c")] = 3;
        assertArrayEquals(expected, rank);
    }
}
