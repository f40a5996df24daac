package org.contrepoint.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

    @Test
    void variablesAreFoundOnceInOrderAndFilledWhereGiven() {
        String text = "Bonjour {{auteur}}, voir {{lien_ressource}} — merci {{ auteur }}.";
        assertEquals(List.of("auteur", "lien_ressource"), ReplyText.variables(text));
        assertEquals("Bonjour @a, voir {{lien_ressource}} — merci @a.",
                ReplyText.fill(text, Map.of("auteur", "@a", "lien_ressource", " ")));
        assertEquals(List.of("{{lien_ressource}}"), ReplyText.leftovers("Voir {{lien_ressource}}"));
    }

    @Test
    void aValueCannotInjectAReplacementPattern() {
        assertEquals("Prix : $1 \\o/", ReplyText.fill("Prix : {{x}}", Map.of("x", "$1 \\o/")));
    }

    @Test
    void departureIsTheShareOfWordsChanged() {
        String vetted = "un deux trois quatre cinq six sept huit neuf dix";
        assertEquals(0, ReplyText.departure(vetted, vetted));
        assertEquals(10, ReplyText.departure(vetted, vetted.replace("cinq", "5")));
        assertEquals(100, ReplyText.departure(null, vetted));
        assertEquals(50, ReplyText.departure(vetted, "un deux trois quatre cinq"));
    }

    @Test
    void onlyTheVariablesTheTemplateAsksForAreKept() {
        assertEquals(Map.of("auteur", "@a"),
                ReplyText.relevant("Bonjour {{auteur}}", Map.of("auteur", " @a ", "status", "PUBLISHED")));
    }
}
