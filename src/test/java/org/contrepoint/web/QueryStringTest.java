package org.contrepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void pairsAreJoinedInOrder() {
        assertEquals("a=1&b=2&c=3", new QueryString().add("a", "1").add("b", "2").add("c", "3").toString());
    }

    @Test
    void absentAndBlankValuesAreLeftOut() {
        assertEquals("", new QueryString().add("a", null).add("b", " ").toString());
        assertEquals("b=2", new QueryString().add("a", "").add("b", "2").add("c", null).toString(),
                "no separator before the first pair kept");
    }

    @Test
    void noValueCanAddAParameterOfItsOwn() {
        assertEquals("q=famille+%26+%C3%A9cole%3Dx%23y", new QueryString().add("q", "famille & école=x#y").toString());
    }
}
