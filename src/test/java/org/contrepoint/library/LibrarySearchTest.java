package org.contrepoint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.contrepoint.library.search.SearchQuery;
import org.junit.jupiter.api.Test;

/** French search as community managers type it: elisions, capitals, accents and plurals find the same templates. */
@QuarkusTest
class LibrarySearchTest {

    @Inject
    LibraryIndex index;

    private Set<String> ids(String q) {
        return new TreeSet<>(hits(q));
    }

    private List<String> hits(String q) {
        return index.search(SearchQuery.published(q)).hits().stream().map(h -> h.templateId()).toList();
    }

    @Test
    void elisionCapitalsAndAccentsFindTheSameTemplates() {
        Set<String> hijra = ids("hijra");
        assertTrue(hijra.size() >= 3, "hijra templates: " + hijra);
        assertTrue(hijra.contains("hijra-pas-une-obligation-lettre-ouverte"));
        assertEquals(hijra, ids("l'hijra"));
        assertEquals(hijra, ids("l’hijra"));
        assertEquals(hijra, ids("Hijra"));
        assertEquals(hijra, ids("HIJRA"));
    }

    @Test
    void accentsAndPluralsAreFolded() {
        assertEquals(ids("califat"), ids("califats"));
        assertEquals(ids("religieuse"), ids("réligieuse"));
        assertEquals(ids("prière"), ids("priere"));
        assertEquals(ids("témoignage"), ids("temoignages"));
        assertFalse(ids("califat").isEmpty());
    }

    @Test
    void aTemplateMatchingEveryWordComesFirst() {
        List<String> results = hits("hijra obligation");
        assertFalse(results.isEmpty());
        assertTrue(results.get(0).startsWith("hijra-"), "best first: " + results);
        List<String> califat = hits("califat paradis");
        assertFalse(califat.isEmpty());
        assertTrue(califat.get(0).startsWith("calif"), "best first: " + califat);
    }

    @Test
    @jakarta.transaction.Transactional
    void filtersNarrowResultsOnEveryField() {
        var all = index.search(SearchQuery.published(null)).total();
        var fr = index.search(new SearchQuery(null, "fr", null, null, null, null, null, null, "published", false,
                null, 200));
        var ar = index.search(new SearchQuery(null, "ar", null, null, null, null, null, null, "published", false,
                null, 200));
        assertTrue(ar.total() >= 6);
        assertTrue(fr.total() + ar.total() < all);
        var narrative = index.search(new SearchQuery(null, null, "martyrdom", "testimony", null, null, null, null,
                "published", false, null, 200));
        narrative.hits().forEach(h -> {
            TemplateVersion v = TemplateVersion.findById(h.versionId());
            assertTrue(v.narratives.contains("martyrdom") && "testimony".equals(v.strategy));
        });
        var fitsX = index.search(new SearchQuery(null, null, null, null, "civil-society", null, "x", "x", "published",
                false, null, 200));
        assertTrue(fitsX.total() > 0);
        var tiktok = index.search(new SearchQuery(null, null, null, null, null, "humorous", "tiktok", null,
                "published", false, null, 200));
        assertTrue(tiktok.total() < all);
    }

    @Test
    void arabicAndEnglishTextsAreSearchable() {
        assertFalse(ids("caliphate").isEmpty());
        assertFalse(ids("الخلافة").isEmpty() && ids("الهجرة").isEmpty());
    }
}
