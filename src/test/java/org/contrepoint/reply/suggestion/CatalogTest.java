package org.contrepoint.reply.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Catalog.Analysed analysed(String id, long version, String body) {
        return Catalog.Analysed.of(new Catalog.Source(id, version, "Titre", body, "fr", null, null, List.of(),
                Map.of(), null));
    }

    private static String term(Catalog.Analysed a, String key) {
        return Arrays.stream(a.terms()).filter(key::equals).findFirst().orElseThrow();
    }

    @Test
    void analysedVersionsShareOneStringPerWordOnceInASnapshot() {
        Catalog.Analysed first = analysed("a", 1, "Les sources officielles répondent.");
        Catalog.Analysed second = analysed("b", 2, "Des sources vérifiées.");
        String key = Arrays.stream(first.terms()).filter(Arrays.asList(second.terms())::contains).findFirst()
                .orElseThrow(); // "sources" (and the shared title)
        assertNotSame(term(first, key), term(second, key), "each analysis makes its own Strings");

        Catalog catalog = Catalog.of(1, List.of(first, second), Map.of());

        assertSame(term(first, key), term(second, key));
        assertEquals(2, catalog.postings(catalog.termId(key)).length);
    }
}
